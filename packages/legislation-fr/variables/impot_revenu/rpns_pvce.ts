import { sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_pvce = defineVariable({
  name: "rpns_pvce",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Plus-values de cession - Revenus des professions non salariées",
  // Long-term professional gains of every regime (agricultural, BIC, BNC, micro or real), taxed apart at
  // a proportional rate, less the long-term losses of the micro regimes (CGI art. 39 duodecies, 39 terdecies).
  reference: cgi("39 duodecies", "39 terdecies"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      sub(
        somme(individu, period, [
          "frag_pvce",
          "arag_pvce",
          "mrag_pvce",
          "mbic_pvce",
          "abic_pvce",
          "macc_pvce",
          "aacc_pvce",
          "mbnc_pvce",
          "abnc_pvce",
          "mncn_pvce",
          "cncn_pvce",
          "cncn_info",
        ]),
        individu("moins_values_long_terme_non_salaries", period),
      ),
  },
});
