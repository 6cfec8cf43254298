import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { sumOf } from "../../src/formula-helpers.ts";

export const ppa_base_ressources = defineVariable({
  name: "ppa_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources du foyer retenues pour la prime d'activité, pour un mois",
  // The forfait logement is added separately, in ppa_fictive (CSS art. R844-3).
  reference: css("L842-4", "R844-1", "R844-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      sumOf(famille, ["ppa_revenu_activite", "ppa_ressources_hors_activite", "rsa_base_ressources_patrimoine"], period),
  },
});
