import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const prime_partage_valeur_exceptionnelle = defineVariable({
  name: "prime_partage_valeur_exceptionnelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  setInputPolicy: "divideByPeriod",
  label: "Prime exceptionnelle de partage de la valeur",
  reference: codeTravail("L3341-1"),
});
