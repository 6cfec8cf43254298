import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const ass = defineVariable({
  name: "ass",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de solidarité spécifique perçue",
  reference: codeTravail("L5423-1"),
});
