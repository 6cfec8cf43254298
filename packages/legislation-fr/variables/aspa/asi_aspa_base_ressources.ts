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
  // L815-9), the ASS and the ASI (an input here) included.
  reference: css("L815-9", "R815-22"),
  formulas: {
    "2006-01-01": ({ famille, period }) => {
      const individuelles = famille.members("asi_aspa_base_ressources_individu", period);
      const ass = famille.members("ass", period);
      const total = new Float64Array(individuelles.length);
      for (let i = 0; i < total.length; i++) total[i] = individuelles[i]! + ass[i]!;
      const parFamille = famille.sum(total, "parent");
      const asi = famille("asi", period);
      for (let i = 0; i < parFamille.length; i++) parFamille[i]! += asi[i]!;
      return parFamille;
    },
  },
});
