import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const crds_revenus_capital = defineVariable({
  name: "crds_revenus_capital",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "CRDS sur les revenus du capital",
  // The CRDS on the base of the CSG on capital income (ordonnance 96-50, art. 15 and 16), counted negative;
  // plus that on option gains (an input in Zéro).
  reference: css("L136-6", "L136-7"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        mul(-parameters(period).prelevements_sociaux.contributions_sociales.crds, foyer_fiscal("assiette_csg_revenus_capital", period)),
        foyer_fiscal.sum(foyer_fiscal.members("crds_glo_assimile_salaire_ir_et_ps", period)),
      ),
  },
});
