import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const accord_interessement = defineVariable({
  name: "accord_interessement",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "L'entreprise a un accord d'intéressement",
  reference: codeTravail("L3312-1"),
});
