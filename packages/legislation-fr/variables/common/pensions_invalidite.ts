import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const pensions_invalidite = defineVariable({
  name: "pensions_invalidite",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions d'invalidité",
  reference: css("L341-1"),
});
