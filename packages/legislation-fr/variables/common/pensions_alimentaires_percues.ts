import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const pensions_alimentaires_percues = defineVariable({
  name: "pensions_alimentaires_percues",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions alimentaires perçues",
  reference: codeCivil("205", "371-2"),
});
