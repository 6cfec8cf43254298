import { add, allOf, div, ge, lt, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const reduction_ss_condition_revenus = defineVariable({
  name: "reduction_ss_condition_revenus",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2019-12-31",
  label: "Réduction d'impôt sous condition de revenus (« réfaction foyers modestes »), avant toutes autres réductions",
  // A share of the tax after the décote, whole below a first RFR threshold, decreasing to nothing at a
  // second one; both raised per half-part beyond the declarants' (CGI art. 197, I, 3 of 2016 to 2019).
  reference: cgi("197"),
  formulas: {
    "2016-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_impot_revenu.plaf_qf.reduction_ss_condition_revenus;
      const nbAdultes = foyer_fiscal("nb_adult", period);
      const majoration = mul(p.majoration_plafond_par_demi_parts_supp * 2, sub(foyer_fiscal("nbptr", period), nbAdultes));
      const plafond1 = add(mul(p.plafond_rfr_celib, nbAdultes), majoration);
      const plafond2 = add(mul(p.plafond_rfr_couple, nbAdultes), majoration);
      const rfr = foyer_fiscal("rfr", period);
      const reduction = mul(p.taux, sub(foyer_fiscal("ir_plaf_qf", period), foyer_fiscal("decote", period)));
      const degressive = mul(reduction, div(sub(plafond2, rfr), sub(plafond2, plafond1)));
      return where(lt(rfr, plafond1), reduction, where(allOf(ge(rfr, plafond1), lt(rfr, plafond2)), degressive, 0));
    },
  },
});
