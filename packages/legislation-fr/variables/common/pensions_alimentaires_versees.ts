import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const pensions_alimentaires_versees = defineVariable({
  name: "pensions_alimentaires_versees",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Pensions alimentaires versées par le foyer fiscal",
  reference: cgi("156"),
});
