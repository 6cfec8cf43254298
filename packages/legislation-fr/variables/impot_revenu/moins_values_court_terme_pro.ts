import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const moins_values_court_terme_pro = defineVariable({
  name: "moins_values_court_terme_pro",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Moins-values de court terme des activités professionnelles",
  // Short-term losses of professional micro BIC (the foyer's, on its declarant principal, until 2011;
  // then each person's) and micro BNC (CGI art. 39 duodecies).
  reference: cgi("39 duodecies"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      add(
        mul(individu.group("foyer_fiscal", "mbic_mvct", period), individu.hasRole("foyer_fiscal", "declarant_principal")),
        individu("mbnc_mvct", period),
      ),
    "2012-01-01": ({ individu, period }) => add(individu("nbic_mvct", period), individu("mbnc_mvct", period)),
  },
});
