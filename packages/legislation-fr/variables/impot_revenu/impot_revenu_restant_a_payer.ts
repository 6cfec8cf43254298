import { sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const impot_revenu_restant_a_payer = defineVariable({
  name: "impot_revenu_restant_a_payer",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt sur le revenu restant à payer (négatif), après les seuils de mise en recouvrement",
  reference: cgi("197", "1657"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      sub(foyer_fiscal("impot_revenu_avant_seuils_mise_recouvrement", period), foyer_fiscal("correction_ir_seuils_recouvrement", period)),
  },
});
