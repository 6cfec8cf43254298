import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const indemnites_journalieres_maternite = defineVariable({
  name: "indemnites_journalieres_maternite",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières de maternité",
  reference: css("L331-3"),
});
