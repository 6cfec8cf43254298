import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const indemnites_journalieres_paternite = defineVariable({
  name: "indemnites_journalieres_paternite",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières de paternité et d'accueil de l'enfant",
  reference: css("L331-8"),
});
