import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const invalidite = defineVariable({
  name: "invalidite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Titulaire d'une pension d'invalidité",
  reference: css("L341-1"),
});
