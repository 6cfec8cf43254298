import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenus_locatifs = defineVariable({
  name: "revenus_locatifs",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus fonciers (loyers perçus)",
  reference: cgi("14"),
});
