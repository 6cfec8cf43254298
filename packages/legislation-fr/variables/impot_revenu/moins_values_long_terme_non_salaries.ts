import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const moins_values_long_terme_non_salaries = defineVariable({
  name: "moins_values_long_terme_non_salaries",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Moins-values de long terme - Revenus des professions non salariées",
  // Long-term losses of the micro regimes (CGI art. 39 quindecies).
  reference: cgi("39 quindecies"),
  formulas: {
    "0001-01-01": ({ individu, period }) => somme(individu, period, ["mbic_mvlt", "macc_mvlt", "mbnc_mvlt", "mncn_mvlt", "mrag_mvlt"]),
  },
});
