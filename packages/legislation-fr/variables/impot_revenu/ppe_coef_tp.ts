import { add, anyOf, div, ge, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_coef_tp = defineVariable({
  name: "ppe_coef_tp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "PPE: coefficient de conversion temps partiel",
  // The share of a full time worked: hours paid over a full-time year, days over a full-time year of a
  // non-salaried worker; 1 for a full time all year (CGI art. 200 sexies, I, B, 3°).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const ppe = parameters(period).impot_revenu.credits_impots.ppe;
      const fraction = add(div(individu("ppe_du_sa", period, "add"), ppe.TP_nbh), div(individu("ppe_du_ns", period), ppe.TP_nbj));
      const tempsPlein = anyOf(individu("ppe_tp_sa", period), individu("ppe_tp_ns", period), ge(fraction, 1));
      return where(tempsPlein, 1, fraction);
    },
  },
});
