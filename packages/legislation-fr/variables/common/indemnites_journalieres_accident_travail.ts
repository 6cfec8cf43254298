import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const indemnites_journalieres_accident_travail = defineVariable({
  name: "indemnites_journalieres_accident_travail",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières d'accident du travail",
  reference: css("L433-1"),
});
