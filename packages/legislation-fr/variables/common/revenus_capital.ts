import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const revenus_capital = defineVariable({
  name: "revenus_capital",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus de capitaux perçus",
  reference: casf("R262-6"),
});
