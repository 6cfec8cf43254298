import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const retraite_brute = defineVariable({
  name: "retraite_brute",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions de retraite brutes",
  reference: css("L351-1"),
});
