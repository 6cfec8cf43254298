import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const moins_values_court_terme_agr = defineVariable({
  name: "moins_values_court_terme_agr",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Moins-values de court terme des activités agricoles",
  // Short-term losses of the micro-BA (CGI art. 39 duodecies).
  reference: cgi("39 duodecies"),
  formulas: {
    "0001-01-01": ({ individu, period }) => individu("mrag_mvct", period),
  },
});
