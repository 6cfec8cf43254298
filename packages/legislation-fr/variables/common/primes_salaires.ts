import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const primes_salaires = defineVariable({
  name: "primes_salaires",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Primes et gratifications salariales",
  reference: codeTravail("L3221-3"),
});
