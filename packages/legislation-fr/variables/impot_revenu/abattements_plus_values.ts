import { add, maximum, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const abattements_plus_values = defineVariable({
  name: "abattements_plus_values",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label:
    "Abattements sur plus-values notamment pour durée de détention de droit commun, renforcé, et abattement en cas de départ à la retraite d'un dirigeant de PME (abattement fixe et pour durée de détention)",
  // The allowances on securities gains for the holding period (3SG, 3SL) and of managers retiring (3VA,
  // 3TK from 2019), added back to the revenu fiscal de référence (CGI art. 1417, IV, 1°, c; art. 150-0 D,
  // 150-0 D ter); from 2018 only with the option for the scale, the flat tax counting the gains before them.
  reference: cgi("1417", "150-0 D", "150-0 D ter"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return sub(add(maximum(0, sub(f("f3sg"), f("f3sh"))), maximum(0, sub(f("f3sl"), f("f3sm"))), f("f3va_2014")), f("f3vb"));
    },
    "2015-01-01": ({ foyer_fiscal, period }) =>
      add(somme(foyer_fiscal, period, ["f3sg", "f3sl"]), foyer_fiscal.sum(foyer_fiscal.members("f3va_2016", period))),
    "2017-01-01": ({ foyer_fiscal, period }) => somme(foyer_fiscal, period, ["f3sg", "f3sl", "f3va"]),
    "2018-01-01": ({ foyer_fiscal, period }) =>
      where(foyer_fiscal("f2op", period), somme(foyer_fiscal, period, ["f3sg", "f3sl", "f3va"]), 0),
    "2019-01-01": ({ foyer_fiscal, period }) =>
      where(foyer_fiscal("f2op", period), somme(foyer_fiscal, period, ["f3sg", "f3sl", "f3va", "f3tk"]), 0),
  },
});
