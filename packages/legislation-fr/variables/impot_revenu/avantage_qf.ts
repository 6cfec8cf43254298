import { sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const avantage_qf = defineVariable({
  name: "avantage_qf",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Avantage procuré par le quotient familial",
  reference: cgi("197"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => sub(foyer_fiscal("ir_ss_qf", period), foyer_fiscal("ir_plaf_qf", period)),
  },
});
