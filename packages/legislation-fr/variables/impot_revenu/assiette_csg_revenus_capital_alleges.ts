import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { css } from "../../src/legal-references.ts";

export const assiette_csg_revenus_capital_alleges = defineVariable({
  name: "assiette_csg_revenus_capital_alleges",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Assiette des revenus du capital soumis à la CSG minorée",
  // From 2026, the capital income that keeps the former CSG rate: life insurance, housing savings, property
  // income and property gains (CSS art. L136-8, as amended by the LFSS for 2026).
  reference: css("L136-8"),
  formulas: {
    "2026-01-01": ({ foyer_fiscal, period }) =>
      add(
        somme(foyer_fiscal, period, [
          "f2vv",
          "f2ww",
          "f2zz",
          "f2ch",
          "f2dh",
          "f2yy",
          "f2ts",
          "assurance_vie_pfu_ir_moins4ans_1990_19970926",
          "assurance_vie_pfu_ir_4_8_ans_1990_19970926",
          "assurance_vie_pfu_ir_4_8_ans_19970926_primes_avant_20170927",
          "assurance_vie_pfu_ir_moins4ans_19970926_primes_avant_20170927",
          "f2xx",
          "revenu_categoriel_foncier",
          "f3vz",
          "assurance_vie_ps_exoneree_irpp_pl",
        ]),
        foyer_fiscal.sum(foyer_fiscal.members("interets_pel_cel_non_soumis_IR", period)),
      ),
  },
});
