import { defineVariable } from "../../src/define-variable.ts";

export const traitement_indiciaire_brut = defineVariable({
  name: "traitement_indiciaire_brut",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Traitement indiciaire brut d'un fonctionnaire",
  reference: ["Code général de la fonction publique, article L712-1", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000044416551"],
});
