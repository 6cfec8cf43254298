import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import { rfrSimplifie } from "../../src/rfr-simplifie.ts";

export const rfr = defineVariable({
  name: "rfr",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu fiscal de référence",
  // Simplified: the net taxable income of the foyer from salaries (`salaire_imposable`)
  // and unemployment benefits (after the 10 % deduction for professional costs, CGI art.
  // 83) and from pensions (after their 10 % allowance, art. 158, 5, a), less the
  // allowance for taxpayers over 65 (art. 157 bis). Pensions and unemployment benefits
  // are taken gross, less the deductible CSG of the foyer's regime that year (art. 154
  // quinquies). Other incomes, charges and the add-backs of art. 1417 IV are not
  // modelled: give `rfr` when it is known.
  reference: cgi("1417", "83", "158", "157 bis", "154 quinquies"),
  formulas: {
    "2012-01-01": ({ foyer_fiscal, period, parameters }) => rfrSimplifie(foyer_fiscal, period, parameters),
  },
});
