import { div } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenus_capitaux_prelevement_liberatoire = defineVariable({
  name: "revenus_capitaux_prelevement_liberatoire",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenu du capital imposé au prélèvement libératoire (montants bruts)",
  // The year's capital income under a levy in full discharge (CGI art. 125-0 A, 125 A), a twelfth a month:
  // life insurance (2DH), fixed-income products (2EE), dividends on option (2DA, 2008 to 2012), income
  // taxed at 24 % (2FA, 2013 to 2017), life insurance of premiums before 27 September 2017 (2XX, from 2018).
  reference: cgi("125-0 A", "125 A"),
  formulas: {
    "2002-01-01": ({ foyer_fiscal, period }) => div(somme(foyer_fiscal, period.thisYear, ["f2dh", "f2ee"]), 12),
    "2008-01-01": ({ foyer_fiscal, period }) => div(somme(foyer_fiscal, period.thisYear, ["f2da", "f2dh", "f2ee"]), 12),
    "2013-01-01": ({ foyer_fiscal, period }) => div(somme(foyer_fiscal, period.thisYear, ["f2dh", "f2ee", "f2fa"]), 12),
    "2018-01-01": ({ foyer_fiscal, period }) => div(somme(foyer_fiscal, period.thisYear, ["f2dh", "f2ee", "f2xx"]), 12),
  },
});
