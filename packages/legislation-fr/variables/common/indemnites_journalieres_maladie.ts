import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const indemnites_journalieres_maladie = defineVariable({
  name: "indemnites_journalieres_maladie",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières de maladie",
  reference: css("L321-1"),
});
