import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const indemnites_stage = defineVariable({
  name: "indemnites_stage",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Gratification de stage",
  reference: codeEducation("L124-6"),
});
