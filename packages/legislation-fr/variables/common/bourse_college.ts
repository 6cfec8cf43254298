import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const bourse_college = defineVariable({
  name: "bourse_college",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bourse de collège perçue",
  reference: codeEducation("L531-1"),
});
