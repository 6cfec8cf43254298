import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const salaire_de_base = defineVariable({
  name: "salaire_de_base",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Salaire de base brut",
  reference: codeTravail("L3221-3"),
});
