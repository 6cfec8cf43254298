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
  // L815-9), their ASS and ASI (an input here, each person's) included.
  reference: css("L815-9", "R815-22"),
  formulas: {
    "2006-01-01": ({ famille, period }) => {
      const individuelles = famille.members("asi_aspa_base_ressources_individu", period);
      const ass = famille.members("ass", period);
      const asi = famille.members("asi", period);
      const total = new Float64Array(individuelles.length);
      for (let i = 0; i < total.length; i++) total[i] = individuelles[i]! + ass[i]! + asi[i]!;
      return famille.sum(total, "parent");
    },
  },
});
