import { allOf, ge, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_elig_individu = defineVariable({
  name: "ppe_elig_individu",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Eligibilité individuelle à la ppe",
  // Earnings of at least the minimum, for some time worked (CGI art. 200 sexies, I, B, 1°); the ceilings
  // apply in the amount (ppe_brute).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) =>
      allOf(
        ge(individu("ppe_rev", period), parameters(period).impot_revenu.credits_impots.ppe.seuils_revenu_activite.minimum),
        gt(individu("ppe_coef_tp", period), 0),
      ),
  },
});
