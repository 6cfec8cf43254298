import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asi_nb_alloc = defineVariable({
  name: "asi_nb_alloc",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre de parents de la famille remplissant les conditions de l'ASI",
  // Two members of a couple who may both receive the ASI share the couple's amount and
  // ceiling (CSS art. L815-24 and D815-20). Zéro's own: each person's ASI reads it.
  reference: css("L815-24", "D815-20"),
  formulas: {
    "0001-01-01": ({ famille, period }) => famille.sum(famille.members("asi_eligibilite", period), "parent"),
  },
});
