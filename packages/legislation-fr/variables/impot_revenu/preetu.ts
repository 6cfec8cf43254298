import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const preetu = defineVariable({
  name: "preetu",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2018-12-31",
  label: "Crédit d’impôt pour souscription de prêts étudiants",
  // A share of the interest of student loans (7UK), within a yearly ceiling; the interest of the first
  // years carried over (7TD) within the ceiling times the years (7VO) (CGI art. 200 terdecies).
  reference: cgi("200 terdecies"),
  formulas: {
    "2005-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.preetu;
      return mul(p.taux, minimum(foyer_fiscal("f7uk_2018", period), p.max));
    },
    "2006-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.preetu;
      return mul(p.taux, minimum(foyer_fiscal("f7uk_2018", period), mul(p.max, add(1, foyer_fiscal("f7vo_2018", period)))));
    },
    "2008-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.preetu;
      return add(
        mul(p.taux, minimum(foyer_fiscal("f7uk_2018", period), p.max)),
        mul(p.taux, minimum(foyer_fiscal("f7td_2018", period), mul(p.max, foyer_fiscal("f7vo_2018", period)))),
      );
    },
  },
});
