import { defineVariable } from "../../src/define-variable.ts";

export const indemnites_volontariat = defineVariable({
  name: "indemnites_volontariat",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités de volontariat",
  reference: ["Code du service national, article L120-21", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071335"],
});
