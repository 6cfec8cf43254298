import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rbg = defineVariable({
  name: "rbg",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu brut global",
  // The categorical incomes, plus the amounts added back (6GH), less past global deficits (CGI art. 156);
  // until 2022 plus the furnished rentals without an approved centre (5KA…) and the non-professional
  // long-term gains (5NK…), raised by the majoration of CGI art. 158, 7.
  reference: cgi("156", "158"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const cga = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2;
      const majores = mul(
        add(foyer_fiscal.sum(foyer_fiscal.members("nbic_impm", period)), foyer_fiscal.sum(foyer_fiscal.members("nacc_pvce", period))),
        1 + cga,
      );
      return maximum(
        0,
        sub(add(foyer_fiscal("revenu_categoriel", period), foyer_fiscal("f6gh", period), majores), foyer_fiscal("deficit_ante", period)),
      );
    },
    "2023-01-01": ({ foyer_fiscal, period }) =>
      maximum(0, sub(add(foyer_fiscal("revenu_categoriel", period), foyer_fiscal("f6gh", period)), foyer_fiscal("deficit_ante", period))),
  },
});
