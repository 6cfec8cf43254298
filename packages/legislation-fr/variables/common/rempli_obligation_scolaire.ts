import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const rempli_obligation_scolaire = defineVariable({
  name: "rempli_obligation_scolaire",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Satisfait à l'obligation scolaire",
  reference: codeEducation("L131-1"),
});
