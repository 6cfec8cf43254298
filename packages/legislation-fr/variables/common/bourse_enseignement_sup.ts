import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const bourse_enseignement_sup = defineVariable({
  name: "bourse_enseignement_sup",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bourse de l'enseignement supérieur perçue",
  reference: codeEducation("L821-1"),
});
