import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const aah = defineVariable({
  name: "aah",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation aux adultes handicapés",
  // The reductions during a long hospital stay or imprisonment (R821-8) are not modelled.
  reference: css("L821-1", "L821-3", "R821-8"),
  formulas: {
    "2011-01-01": ({ individu, period }) => individu("aah_base", period),
  },
});
