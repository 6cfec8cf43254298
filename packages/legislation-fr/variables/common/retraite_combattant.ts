import { defineVariable } from "../../src/define-variable.ts";

export const retraite_combattant = defineVariable({
  name: "retraite_combattant",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Retraite du combattant",
  reference: [
    "Code des pensions militaires d'invalidité et des victimes de guerre, article L321-1",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000031712069",
  ],
});
