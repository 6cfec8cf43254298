import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const glo_taxation_ir_forfaitaire = defineVariable({
  name: "glo_taxation_ir_forfaitaire",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Gains de levée d'options taxés forfaitairement à l'IR",
  // Option and free-share gains taxed at the proportional rates of CGI art. 200 A, 6 and 6 bis.
  reference: cgi("200 A"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      somme(foyer_fiscal, period, [
        "glo_taxation_ir_forfaitaire_taux2",
        "glo_taxation_ir_forfaitaire_taux3",
        "glo_taxation_ir_forfaitaire_taux4",
      ]),
  },
});
