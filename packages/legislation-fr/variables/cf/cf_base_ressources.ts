import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cf_base_ressources = defineVariable({
  name: "cf_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources retenues pour le complément familial",
  // The resources of the prestations familiales: year N-2 of the allocataire and of the
  // conjoint (CSS art. R532-1 and R532-3).
  reference: css("L522-1", "R532-1", "R532-3"),
  formulas: {
    "0001-01-01": ({ famille, period }) => famille("prestations_familiales_base_ressources", period),
  },
});
