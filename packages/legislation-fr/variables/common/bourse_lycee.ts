import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const bourse_lycee = defineVariable({
  name: "bourse_lycee",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bourse de lycée perçue",
  reference: codeEducation("L531-4"),
});
