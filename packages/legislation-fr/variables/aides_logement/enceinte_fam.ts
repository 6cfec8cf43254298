import { anyOf, gt, lt, allOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const enceinte_fam = defineVariable({
  name: "enceinte_fam",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Grossesse dans la famille (un parent enceinte, ou un enfant à naître dans les six mois)",
  // A pregnant woman living alone has the aides au logement barème of a couple (al_couple; CCH
  // art. L823-1 and the arrêté du 27 septembre 2019).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const parentEnceinte = famille.any(famille.members("enceinte", period), "parent");
      const plusJeune = famille.min(famille.members("age_en_mois", period), "enfant");
      return anyOf(parentEnceinte, allOf(lt(plusJeune, 0), gt(plusJeune, -6)));
    },
  },
});
