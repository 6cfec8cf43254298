import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const etudiant = defineVariable({
  name: "etudiant",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Élève ou étudiant",
  reference: css("L842-2"),
});
