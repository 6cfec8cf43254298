import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const allocation_securisation_professionnelle = defineVariable({
  name: "allocation_securisation_professionnelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de sécurisation professionnelle perçue",
  reference: codeTravail("L1233-68"),
});
