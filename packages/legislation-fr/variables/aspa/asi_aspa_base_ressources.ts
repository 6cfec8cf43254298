import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asi_aspa_base_ressources = defineVariable({
  name: "asi_aspa_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources mensuelles du foyer pour l'ASPA",
  // The resources of the applicant and of the spouse, partner or concubin (CSS art.
  // L815-9), their ASS included; the ASI, computed from these resources, is not.
  reference: css("L815-9", "R815-22"),
  formulas: {
    "2006-01-01": ({ famille, period }) => {
      const individuelles = famille.members("asi_aspa_base_ressources_individu", period);
      return famille.sum(add(individuelles, famille.members("ass", period)), "parent");
    },
  },
});
