import { add, div, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenus_capitaux_prelevement_forfaitaire_unique_ir = defineVariable({
  name: "revenus_capitaux_prelevement_forfaitaire_unique_ir",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus des valeurs et capitaux mobiliers soumis au prélèvement forfaitaire unique (partie impôt sur le revenu)",
  // The year's income from securities taxed at the flat rate unless the foyer opts for the scale
  // (CGI art. 200 A, 1, A), a twelfth a month: life insurance, dividends, interest, income deemed
  // distributed (2GO, raised by 25 % from 2020), PEA-PME bonds (2TQ, 2019), retirement savings taken as
  // capital (2TZ, 2020).
  reference: cgi("200 A"),
  formulas: {
    "2018-01-01": ({ foyer_fiscal, period }) => {
      const annee = period.thisYear;
      const revenus = add(
        foyer_fiscal("assurance_vie_pfu_ir", annee),
        somme(foyer_fiscal, annee, ["f2dc", "f2fu", "f2ts", "f2tr", "f2tt", "f2go"]),
      );
      return div(where(foyer_fiscal("f2op", annee), 0, revenus), 12);
    },
    "2019-01-01": ({ foyer_fiscal, period }) => {
      const annee = period.thisYear;
      const revenus = add(
        foyer_fiscal("assurance_vie_pfu_ir", annee),
        somme(foyer_fiscal, annee, ["f2dc", "f2fu", "f2ts", "f2tr", "f2tt", "f2go", "f2tq"]),
      );
      return div(where(foyer_fiscal("f2op", annee), 0, revenus), 12);
    },
    "2020-01-01": ({ foyer_fiscal, period, parameters }) => {
      const annee = period.thisYear;
      const majoration = parameters(period).impot_revenu.calcul_revenus_imposables.rvcm.majoration_revenus_reputes_distribues;
      const revenus = add(
        foyer_fiscal("assurance_vie_pfu_ir", annee),
        somme(foyer_fiscal, annee, ["f2dc", "f2fu", "f2ts", "f2tr", "f2tt", "f2tq", "f2tz"]),
        mul(foyer_fiscal("f2go", annee), majoration),
      );
      return div(where(foyer_fiscal("f2op", annee), 0, revenus), 12);
    },
  },
});
