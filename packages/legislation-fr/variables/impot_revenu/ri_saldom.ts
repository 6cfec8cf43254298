import { add, minimum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { plafondEmploiDomicile } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const ri_saldom = defineVariable({
  name: "ri_saldom",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2016-12-31",
  label: "Réduction d'impôt emploi d'un salarié à domicile",
  // Until 2016, those who were not working nor seeking work had a réduction for employment at home (7DF,
  // 7DD), within what the crédit of the working (7DB) leaves of the yearly ceiling (CGI art. 199 sexdecies).
  // Modelled from 2011.
  reference: cgi("199 sexdecies"),
  formulas: {
    "2011-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.emploi_salarie_domicile;
      const plafond = plafondEmploiDomicile(foyer_fiscal, period, p);
      const baseCredit = minimum(plafond, foyer_fiscal("f7db", period));
      const base = minimum(sub(plafond, baseCredit), add(foyer_fiscal("f7df_2016", period), foyer_fiscal("f7dd_2016", period)));
      return mul(base, p.taux);
    },
  },
});
