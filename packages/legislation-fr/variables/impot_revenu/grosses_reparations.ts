import { add, minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Boxes of the expenses carried over, by year of expense from 2009. */
const REPORTS = ["f6hj", "f6hk", "f6hl", "f6hm", "f6hn", "f6ho", "f6hp", "f6hq", "f6hr"];

export const grosses_reparations = defineVariable({
  name: "grosses_reparations",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Dépenses de grosses réparations des nus-propriétaires",
  // Major repairs paid by a bare owner (6CB), and those carried over from earlier years, within a yearly
  // ceiling (CGI art. 156, I, 3°); no new expenses from 2018, and from 2020 the carry-overs of 2009 are gone.
  reference: cgi("156"),
  formulas: {
    "2009-01-01": ({ foyer_fiscal, period, parameters }) =>
      minimum(
        foyer_fiscal("f6cb", period),
        parameters(period).impot_revenu.calcul_revenus_imposables.charges_deductibles.grosses_reparations.plafond,
      ),
    "2010-01-01": ({ foyer_fiscal, period, parameters }) => {
      const plafond = parameters(period).impot_revenu.calcul_revenus_imposables.charges_deductibles.grosses_reparations.plafond;
      const reports = somme(foyer_fiscal, period, REPORTS.slice(0, period.start.year - 2009));
      return minimum(add(foyer_fiscal("f6cb", period), reports), plafond);
    },
    "2018-01-01": ({ foyer_fiscal, period, parameters }) =>
      minimum(
        somme(foyer_fiscal, period, REPORTS),
        parameters("2017-01-01").impot_revenu.calcul_revenus_imposables.charges_deductibles.grosses_reparations.plafond,
      ),
    "2020-01-01": ({ foyer_fiscal, period, parameters }) =>
      minimum(
        somme(foyer_fiscal, period, REPORTS.slice(1)),
        parameters("2017-01-01").impot_revenu.calcul_revenus_imposables.charges_deductibles.grosses_reparations.plafond,
      ),
  },
});
