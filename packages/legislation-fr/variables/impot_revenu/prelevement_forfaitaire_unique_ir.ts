import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const prelevement_forfaitaire_unique_ir = defineVariable({
  name: "prelevement_forfaitaire_unique_ir",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Partie du prélèvement forfaitaire unique associée à l'impôt sur le revenu",
  // The income tax at a flat rate on capital income and gains since 2018 (CGI art. 200 A, 1, A).
  reference: cgi("200 A"),
  formulas: {
    "2018-01-01": ({ foyer_fiscal, period }) =>
      add(
        foyer_fiscal("prelevement_forfaitaire_unique_ir_hors_assurance_vie", period),
        foyer_fiscal("prelevement_forfaitaire_unique_ir_sur_assurance_vie", period),
      ),
  },
});
