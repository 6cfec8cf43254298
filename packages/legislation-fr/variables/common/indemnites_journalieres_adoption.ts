import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const indemnites_journalieres_adoption = defineVariable({
  name: "indemnites_journalieres_adoption",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières d'adoption",
  reference: css("L331-7"),
});
