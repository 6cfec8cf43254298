import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const indemnites_journalieres_maladie_professionnelle = defineVariable({
  name: "indemnites_journalieres_maladie_professionnelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières de maladie professionnelle",
  reference: css("L433-1", "L461-1"),
});
