import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const boursier = defineVariable({
  name: "boursier",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Boursier de l'enseignement supérieur",
  reference: codeEducation("L821-1"),
});
