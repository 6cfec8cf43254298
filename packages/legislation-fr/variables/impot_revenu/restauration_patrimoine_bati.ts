import { add, maximum, minimum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Expenses taken in order within one ceiling, each at its rate: [boxes, rate] pairs, the first served first. */
function enCascade(
  foyer: Population,
  period: Period,
  plafond: number,
  tranches: readonly (readonly [readonly string[], number])[],
): Float64Array {
  let reste: ArrayLike<number> = new Float64Array(foyer.count).fill(plafond);
  let total: Float64Array<ArrayBufferLike> = new Float64Array(foyer.count);
  for (const [cases, taux] of tranches) {
    const depenses = somme(foyer, period, cases);
    const retenues = minimum(depenses, reste);
    total = add(total, mul(taux, retenues));
    reste = maximum(sub(reste, depenses), 0);
  }
  return total;
}

/** From 2017: expenses of the 30 % and 22 % sites, each pair (30 % box, 22 % box) within its ceiling, plus the carry-overs. */
function parPlafonds(
  foyer: Population,
  period: Period,
  taux30: number,
  taux22: number,
  paires: readonly (readonly [string, string, number])[],
  reports: readonly string[],
): Float64Array {
  let total = somme(foyer, period, reports);
  for (const [case30, case22, plafond] of paires) {
    const d30 = foyer(case30, period);
    total = add(total, add(mul(taux30, minimum(plafond, d30)), mul(taux22, minimum(sub(plafond, d30), foyer(case22, period)))));
  }
  return total;
}

export const restauration_patrimoine_bati = defineVariable({
  name: "restauration_patrimoine_bati",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réduction d'impôt pour travaux de restauration immobilière (Malraux)",
  // A share of the restoration works on buildings of heritage sites, by the zone and the date of the works,
  // within a ceiling of expenses (yearly until 2015, over four years from 2016), and the réductions carried
  // over (CGI art. 199 tervicies).
  reference: cgi("199 tervicies"),
  formulas: {
    "2009-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return enCascade(foyer_fiscal, period, p.plafond, [
        [["f7rb_2015"], p.taux_rb],
        [["f7ra_2015"], p.taux_ra],
      ]);
    },
    "2011-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return enCascade(foyer_fiscal, period, p.plafond, [
        [["f7rd_2015"], p.taux_rd],
        [["f7rb_2015"], p.taux_rb],
        [["f7rc_2015"], p.taux_rc],
        [["f7ra_2015"], p.taux_ra],
      ]);
    },
    "2012-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return enCascade(foyer_fiscal, period, p.plafond, [
        [["f7rd_2015"], p.taux_rd],
        [["f7rb_2015"], p.taux_rb],
        [["f7rc_2015", "f7rf_2016"], p.taux_rc],
        [["f7ra_2015"], p.taux_ra],
        [["f7re_2016"], p.taux_22],
      ]);
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return enCascade(foyer_fiscal, period, p.plafond, [
        [["f7rd_2015"], p.taux_rd],
        [["f7rb_2015"], p.taux_rb],
        [["f7sy_2017", "f7rf_2016", "f7rc_2015"], p.taux_rc],
        [["f7ra_2015"], p.taux_ra],
        [["f7re_2016", "f7sx_2017"], p.taux_22],
      ]);
    },
    "2016-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return enCascade(foyer_fiscal, period, p.plafond, [
        [["f7sy_2017", "f7rf_2016", "f7nx"], p.taux_30],
        [["f7re_2016", "f7sx_2017", "f7ny"], p.taux_22],
      ]);
    },
    // 2017: the works of 2016 and before keep the ceiling of 100 000 €, those of 2017 have their own.
    "2017-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      const plafond2009 = parameters("2009-01-01").impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati.plafond;
      return add(
        enCascade(foyer_fiscal, period, plafond2009, [
          [["f7sy_2017", "f7nx"], p.taux_30],
          [["f7sx_2017", "f7ny"], p.taux_22],
        ]),
        enCascade(foyer_fiscal, period, p.plafond, [
          [["f7tx"], p.taux_30],
          [["f7ty"], p.taux_22],
        ]),
      );
    },
    "2018-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      const plafond2009 = parameters("2009-01-01").impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati.plafond;
      return parPlafonds(
        foyer_fiscal,
        period,
        p.taux_30,
        p.taux_22,
        [
          ["f7nx", "f7ny", p.plafond],
          ["f7tx", "f7ty", plafond2009],
        ],
        ["f7kz"],
      );
    },
    "2019-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      const plafond2019 = parameters("2019-01-01").impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati.plafond;
      return parPlafonds(
        foyer_fiscal,
        period,
        p.taux_30,
        p.taux_22,
        [
          ["f7nx", "f7ny", p.plafond],
          ["f7tx", "f7ty", plafond2019],
        ],
        ["f7kz", "f7ky"],
      );
    },
    "2020-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      const plafond2019 = parameters("2019-01-01").impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati.plafond;
      return parPlafonds(
        foyer_fiscal,
        period,
        p.taux_30,
        p.taux_22,
        [
          ["f7nx", "f7ny", p.plafond],
          ["f7tx", "f7ty", plafond2019],
        ],
        ["f7kz", "f7ky", "f7kx"],
      );
    },
    "2021-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return parPlafonds(foyer_fiscal, period, p.taux_30, p.taux_22, [["f7tx", "f7ty", p.plafond]], ["f7ky", "f7kx", "f7kw"]);
    },
    "2022-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return parPlafonds(foyer_fiscal, period, p.taux_30, p.taux_22, [["f7tx", "f7ty", p.plafond]], ["f7kz", "f7kx", "f7kw"]);
    },
    "2023-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return parPlafonds(foyer_fiscal, period, p.taux_30, p.taux_22, [["f7tx", "f7ty", p.plafond]], ["f7kz", "f7ky", "f7kw"]);
    },
    "2024-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.restauration_patrimoine_bati;
      return parPlafonds(foyer_fiscal, period, p.taux_30, p.taux_22, [["f7tx", "f7ty", p.plafond]], ["f7kz", "f7ky", "f7kx"]);
    },
  },
});
