import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const assloy = defineVariable({
  name: "assloy",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2016-12-31",
  label: "Crédit d’impôt primes d’assurance pour loyers impayés",
  // A share of the premiums of insurance against unpaid rent (4BF) (CGI art. 200 nonies, 2005 to 2016).
  reference: cgi("200 nonies"),
  formulas: {
    "2005-01-01": ({ foyer_fiscal, period, parameters }) =>
      mul(parameters(period).impot_revenu.credits_impots.assloy, foyer_fiscal("f4bf", period)),
  },
});
