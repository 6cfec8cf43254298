import { add, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const assurance_vie_pfu_ir = defineVariable({
  name: "assurance_vie_pfu_ir",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label:
    "Produits des bons ou contrats de capitalisation et d'assurance vie soumis au prélèvement forfaitaire unique au titre de l'impôt sur le revenu",
  // Life-insurance products of premiums paid since 27 September 2017 (boxes 2ZZ, 2VV, 2WW), taxed at the
  // flat rate unless the foyer opts for the scale (CGI art. 125-0 A, 200 A).
  reference: cgi("125-0 A", "200 A"),
  formulas: {
    "2018-01-01": ({ foyer_fiscal, period }) =>
      where(foyer_fiscal("f2op", period), 0, add(foyer_fiscal("f2zz", period), foyer_fiscal("f2vv", period), foyer_fiscal("f2ww", period))),
  },
});
