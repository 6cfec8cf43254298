import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const prime_partage_valeur = defineVariable({
  name: "prime_partage_valeur",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  setInputPolicy: "divideByPeriod",
  label: "Prime de partage de la valeur",
  reference: codeTravail("L3341-1"),
});
