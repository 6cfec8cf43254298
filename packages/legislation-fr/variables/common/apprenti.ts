import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const apprenti = defineVariable({
  name: "apprenti",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Apprenti",
  reference: codeTravail("L6221-1"),
});
