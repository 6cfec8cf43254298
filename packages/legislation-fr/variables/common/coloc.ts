import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const coloc = defineVariable({
  name: "coloc",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Logement en colocation",
  reference: cch("L841-1"),
});
