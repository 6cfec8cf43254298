import { div, eq, gt, mul, add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const taux_moyen_imposition = defineVariable({
  name: "taux_moyen_imposition",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Taux moyen d'imposition",
  // The tax to pay over the net taxable income (nil without taxable income).
  reference: cgi("197"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const rni = foyer_fiscal("rni", period);
      const impot = mul(-1, foyer_fiscal("impot_revenu_restant_a_payer", period));
      return mul(div(impot, add(rni, eq(rni, 0))), gt(rni, 0));
    },
  },
});
