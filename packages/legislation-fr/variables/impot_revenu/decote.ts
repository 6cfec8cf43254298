import { add, eq, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const decote = defineVariable({
  name: "decote",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Décote",
  // Until 2013, a share of the gap between a threshold and the tax; since 2014, an amount (one for a
  // person alone, one for a couple) less a share of the tax (CGI art. 197, I, 4).
  reference: cgi("197"),
  formulas: {
    "2001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const d = parameters(period).impot_revenu.calcul_impot_revenu.plaf_qf.decote;
      return arrondi(mul(maximum(0, sub(d.seuil, foyer_fiscal("ir_plaf_qf", period))), d.taux));
    },
    "2014-01-01": ({ foyer_fiscal, period, parameters }) => {
      const d = parameters(period).impot_revenu.calcul_impot_revenu.plaf_qf.decote;
      const impot = mul(d.taux, foyer_fiscal("ir_plaf_qf", period));
      const nbAdultes = foyer_fiscal("nb_adult", period);
      return arrondi(
        add(mul(eq(nbAdultes, 1), maximum(0, sub(d.seuil_celib, impot))), mul(eq(nbAdultes, 2), maximum(0, sub(d.seuil_couple, impot)))),
      );
    },
  },
});
