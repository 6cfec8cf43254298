import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asf_elig_enfant = defineVariable({
  name: "asf_elig_enfant",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Enfant ouvrant droit à l'allocation de soutien familial",
  // A child à charge within the age limits of the prestations familiales (CSS art. L523-1
  // and L512-3).
  reference: css("L523-1", "L512-3"),
  formulas: {
    "0001-01-01": ({ individu, period }) => individu("prestations_familiales_enfant_a_charge", period),
  },
});
