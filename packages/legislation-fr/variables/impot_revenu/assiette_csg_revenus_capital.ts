import { add, maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const assiette_csg_revenus_capital = defineVariable({
  name: "assiette_csg_revenus_capital",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Assiette des revenus du capital soumis à la CSG",
  // Income from capital and property subject to the CSG (CSS art. L136-6 and L136-7): securities' income
  // at the scale, under a flat levy or the PFU, annuities, housing-savings interest, property income, gains,
  // life insurance exempt from income tax, option gains (3VJ), less the foreign tax credits. Zéro computes
  // the PFU's income, the annuities and the property income; the other terms are inputs.
  reference: css("L136-6", "L136-7"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const total = add(
        foyer_fiscal("revenus_capitaux_prelevement_bareme", period, "add"),
        foyer_fiscal("revenus_capitaux_prelevement_liberatoire", period, "add"),
        foyer_fiscal("revenus_capitaux_prelevement_forfaitaire_unique_ir", period, "add"),
        f("rente_viagere_titre_onereux_net"),
        foyer_fiscal.sum(foyer_fiscal.members("interets_pel_cel_non_soumis_IR", period)),
        f("revenu_categoriel_foncier"),
        f("assiette_csg_plus_values"),
        f("assurance_vie_ps_exoneree_irpp_pl"),
        foyer_fiscal.sum(foyer_fiscal.members("f3vj", period)),
      );
      return maximum(sub(total, f("credits_impot_sur_valeurs_etrangeres")), 0);
    },
  },
});
