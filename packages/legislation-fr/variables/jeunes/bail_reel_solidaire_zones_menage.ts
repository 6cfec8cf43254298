import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { zoneAbcOfDepcom } from "../../src/zonage-abc-table.ts";

export const bail_reel_solidaire_zones_menage = defineVariable({
  name: "bail_reel_solidaire_zones_menage",
  entity: "menage",
  valueType: "str",
  definitionPeriod: "month",
  label: "Zone A bis, A, B1, B2 ou C du logement (bail réel solidaire)",
  // The zone of the household's commune in the classement of the arrêté du 5 juillet 2024
  // (data/zonage_abc.csv); none for a commune not in it.
  reference: [...cch("R304-1"), "Arrêté du 5 juillet 2024 modifiant l'arrêté du 1er août 2014 relatif au classement des communes par zone"],
  formulas: {
    "2024-07-01": ({ menage, period }) => menage.strings("depcom", period).map(zoneAbcOfDepcom),
  },
});
