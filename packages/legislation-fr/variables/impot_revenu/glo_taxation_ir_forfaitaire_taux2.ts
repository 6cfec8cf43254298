import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const glo_taxation_ir_forfaitaire_taux2 = defineVariable({
  name: "glo_taxation_ir_forfaitaire_taux2",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Gains de levée d'options sur titres et gains d'acquisition d'actions taxables à 18 %",
  // Box F3VD of the declaration: a box of each declarant until 2014, of the foyer since (CGI art. 200 A, 6 and 6 bis).
  reference: cgi("200 A", "163 bis C"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => foyer_fiscal.sum(foyer_fiscal.members("f3vd_2014", period)),
    "2015-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("f3vd", period),
  },
});
