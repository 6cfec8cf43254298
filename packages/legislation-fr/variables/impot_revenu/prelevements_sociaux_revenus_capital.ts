import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const prelevements_sociaux_revenus_capital = defineVariable({
  name: "prelevements_sociaux_revenus_capital",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Prélèvements sociaux sur les revenus du capital",
  // CSG, CRDS and the other social levies on capital income, counted negative (CSS art. L136-6, L136-7, L245-14).
  reference: css("L136-6", "L136-7", "L245-14"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      add(
        foyer_fiscal("csg_revenus_capital", period),
        foyer_fiscal("crds_revenus_capital", period),
        foyer_fiscal("prelevements_sociaux_revenus_capital_hors_csg_crds", period),
      ),
  },
});
