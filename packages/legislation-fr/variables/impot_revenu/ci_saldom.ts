import { maximum, minimum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { plafondEmploiDomicile } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const ci_saldom = defineVariable({
  name: "ci_saldom",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Crédit d'impôt emploi d'un salarié à domicile",
  // A share of the expenses for employment at home (7DB; for all since 2017), within the yearly ceiling;
  // from 2020 less the aids received for them (7DR) (CGI art. 199 sexdecies). Modelled from 2011.
  reference: cgi("199 sexdecies"),
  formulas: {
    "2011-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.emploi_salarie_domicile;
      return mul(minimum(plafondEmploiDomicile(foyer_fiscal, period, p), foyer_fiscal("f7db", period)), p.taux);
    },
    "2020-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.emploi_salarie_domicile;
      const depenses = maximum(0, sub(foyer_fiscal("f7db", period), foyer_fiscal("f7dr", period)));
      return mul(minimum(plafondEmploiDomicile(foyer_fiscal, period, p), depenses), p.taux);
    },
  },
});
