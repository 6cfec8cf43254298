import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_auto_entrepreneur_CA_bic = defineVariable({
  name: "rpns_auto_entrepreneur_CA_bic",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Chiffre d'affaires de micro-entrepreneur, prestations de services",
  reference: cgi("50-0"),
});
