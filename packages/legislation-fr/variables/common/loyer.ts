import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const loyer = defineVariable({
  name: "loyer",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Loyer mensuel hors charges",
  reference: cch("L841-1"),
});
