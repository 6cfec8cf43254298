import { minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const decote_gain_fiscal = defineVariable({
  name: "decote_gain_fiscal",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Gain procuré par la décote (au plus l'impôt), tel que sur l'avis d'impôt",
  reference: cgi("197"),
  formulas: {
    "1982-01-01": ({ foyer_fiscal, period }) => arrondi(minimum(foyer_fiscal("decote", period), foyer_fiscal("ir_plaf_qf", period))),
  },
});
