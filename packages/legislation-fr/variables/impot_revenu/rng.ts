import { maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rng = defineVariable({
  name: "rng",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu net global",
  // The gross global income less the deductible CSG on capital income and the deductible charges (CGI art. 156).
  reference: cgi("156", "154 quinquies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      maximum(
        0,
        sub(sub(foyer_fiscal("rbg", period), foyer_fiscal("csg_patrimoine_deductible_ir", period)), foyer_fiscal("charges_deduc", period)),
      ),
  },
});
