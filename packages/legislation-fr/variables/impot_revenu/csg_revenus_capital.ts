import { add, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const csg_revenus_capital = defineVariable({
  name: "csg_revenus_capital",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "CSG sur les revenus du capital",
  // The CSG on capital income at the global rate of investment income (CSS art. L136-6, L136-7; the rates
  // of property and investment income, different before 2013, are taken as one), counted negative; since
  // 2026 the former rate on the income keeping it; plus the CSG on option gains (an input in Zéro).
  reference: css("L136-6", "L136-7", "L136-8"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const taux = parameters(period).taxation_capital.prelevements_sociaux.csg.taux_global.produits_de_placement;
      return add(
        mul(-taux, foyer_fiscal("assiette_csg_revenus_capital", period)),
        foyer_fiscal.sum(foyer_fiscal.members("csg_glo_assimile_salaire_ir_et_ps", period)),
      );
    },
    "2026-01-01": ({ foyer_fiscal, period, parameters }) => {
      const taux = parameters(period).taxation_capital.prelevements_sociaux.csg.taux_global;
      const assiette = foyer_fiscal("assiette_csg_revenus_capital", period);
      const alleges = foyer_fiscal("assiette_csg_revenus_capital_alleges", period);
      return add(
        mul(-taux.produits_de_placement, sub(assiette, alleges)),
        mul(-taux.produits_de_placement_alleges, alleges),
        foyer_fiscal.sum(foyer_fiscal.members("csg_glo_assimile_salaire_ir_et_ps", period)),
      );
    },
  },
});
