import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const epargne_revenus_non_imposables = defineVariable({
  name: "epargne_revenus_non_imposables",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Épargne dont les revenus ne sont pas imposables (livrets réglementés)",
  reference: casf("R132-1"),
});
