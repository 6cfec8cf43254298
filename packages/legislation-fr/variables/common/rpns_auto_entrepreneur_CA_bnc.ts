import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_auto_entrepreneur_CA_bnc = defineVariable({
  name: "rpns_auto_entrepreneur_CA_bnc",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Chiffre d'affaires de micro-entrepreneur, activité libérale",
  reference: cgi("102 ter"),
});
