import { defineVariable } from "../../src/define-variable.ts";

export const primes_fonction_publique = defineVariable({
  name: "primes_fonction_publique",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Primes d'un agent public",
  reference: ["Code général de la fonction publique, article L712-1", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000044416551"],
});
