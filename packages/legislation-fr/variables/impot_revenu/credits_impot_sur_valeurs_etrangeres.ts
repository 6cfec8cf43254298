import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const credits_impot_sur_valeurs_etrangeres = defineVariable({
  name: "credits_impot_sur_valeurs_etrangeres",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Avoir fiscal et crédits d'impôt",
  // Box 2AB: the tax credits on foreign securities income, per the tax treaties.
  reference: cgi("199 ter"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("f2ab", period),
  },
});
