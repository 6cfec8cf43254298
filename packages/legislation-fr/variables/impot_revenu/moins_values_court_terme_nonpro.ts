import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const moins_values_court_terme_nonpro = defineVariable({
  name: "moins_values_court_terme_nonpro",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Moins-values de court terme des activités non professionnelles",
  // The foyer's short-term losses of non-professional micro BIC and BNC, on its declarant principal (CGI art. 39 duodecies).
  reference: cgi("39 duodecies"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      mul(
        add(individu.group("foyer_fiscal", "macc_mvct", period), individu.group("foyer_fiscal", "mncn_mvct", period)),
        individu.hasRole("foyer_fiscal", "declarant_principal"),
      ),
  },
});
