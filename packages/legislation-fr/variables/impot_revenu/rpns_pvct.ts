import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_pvct = defineVariable({
  name: "rpns_pvct",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Plus-values de court terme - Revenus des professions non salariées",
  // Short-term gains of the micro and forfait regimes, taxed at the scale with the profits (CGI art. 39 duodecies).
  reference: cgi("39 duodecies"),
  formulas: {
    "0001-01-01": ({ individu, period }) => somme(individu, period, ["frag_pvct", "macc_pvct", "mbic_pvct", "mbnc_pvct", "mncn_pvct"]),
    "2016-01-01": ({ individu, period }) => somme(individu, period, ["mrag_pvct", "macc_pvct", "mbic_pvct", "mbnc_pvct", "mncn_pvct"]),
  },
});
