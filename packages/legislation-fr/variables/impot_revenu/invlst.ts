import { add, maximum, minimum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi, somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Invlst = FrenchParameters["impot_revenu"]["calcul_reductions_impots"]["investissements_immobiliers"]["invlst"];

/**
 * The carry-overs of new tourist dwellings, then of their rehabilitation, within one ceiling doubled for a
 * couple; with `residenceSociale` (2014, 2015), the greater of this and the carry-overs of a social hotel
 * residence, the two not cumulated.
 */
function reports(
  foyer: Population,
  period: Period,
  p: Invlst,
  neufs: readonly string[],
  rehabilitations: readonly string[],
  residenceSociale?: readonly string[],
): Float64Array {
  const plafond = mul(p.seuil1, add(1, foyer("maries_ou_pacses", period)));
  const neuf = minimum(plafond, somme(foyer, period, neufs));
  const rehabilitation = minimum(sub(plafond, neuf), somme(foyer, period, rehabilitations));
  const tourisme = add(mul(p.taux_xi, neuf), mul(p.taux_xj, rehabilitation));
  if (residenceSociale === undefined) return arrondi(tourisme);
  return arrondi(maximum(tourisme, mul(p.taux_xo, minimum(p.seuil1, somme(foyer, period, residenceSociale)))));
}

export const invlst = defineVariable({
  name: "invlst",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2018-12-31",
  label: "Réduction d'impôt en faveur des investissements dans le secteur touristique",
  // The réduction for rental investment in tourist residences (CGI art. 199 decies E to 199 decies G),
  // whose investments ended in 2012: the fractions carried over, year by year of investment. Modelled from
  // 2013 (earlier years are not).
  reference: cgi("199 decies E", "199 decies F", "199 decies G"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.investissements_immobiliers.invlst;
      const s = (cases: readonly string[]) => somme(foyer_fiscal, period, cases);
      return arrondi(
        add(
          mul(p.taux_xi, s(["f7xf", "f7xi_2015", "f7xp_2016", "f7xn_2017", "f7uy_2018"])),
          mul(p.taux_xj, s(["f7xm_2013", "f7xj_2015", "f7xq_2016", "f7xv", "f7uz_2018"])),
          mul(p.taux_xo, s(["f7xk_2014", "f7xo_2013", "f7xr"])),
        ),
      );
    },
    "2014-01-01": ({ foyer_fiscal, period, parameters }) =>
      reports(
        foyer_fiscal,
        period,
        parameters(period).impot_revenu.calcul_reductions_impots.investissements_immobiliers.invlst,
        ["f7xi_2015", "f7xp_2016", "f7xn_2017", "f7uy_2018"],
        ["f7xj_2015", "f7xq_2016", "f7xv", "f7uz_2018"],
        ["f7xk_2014", "f7xr"],
      ),
    "2015-01-01": ({ foyer_fiscal, period, parameters }) =>
      reports(
        foyer_fiscal,
        period,
        parameters(period).impot_revenu.calcul_reductions_impots.investissements_immobiliers.invlst,
        ["f7xi_2015", "f7xp_2016", "f7xn_2017", "f7uy_2018"],
        ["f7xj_2015", "f7xq_2016", "f7xv", "f7uz_2018"],
        ["f7xr"],
      ),
    "2016-01-01": ({ foyer_fiscal, period, parameters }) =>
      reports(
        foyer_fiscal,
        period,
        parameters(period).impot_revenu.calcul_reductions_impots.investissements_immobiliers.invlst,
        ["f7xp_2016", "f7xn_2017", "f7uy_2018"],
        ["f7xq_2016", "f7xv", "f7uz_2018"],
      ),
    "2017-01-01": ({ foyer_fiscal, period, parameters }) =>
      reports(
        foyer_fiscal,
        period,
        parameters(period).impot_revenu.calcul_reductions_impots.investissements_immobiliers.invlst,
        ["f7xn_2017", "f7uy_2018"],
        ["f7xv", "f7uz_2018"],
      ),
    "2018-01-01": ({ foyer_fiscal, period, parameters }) =>
      reports(
        foyer_fiscal,
        period,
        parameters(period).impot_revenu.calcul_reductions_impots.investissements_immobiliers.invlst,
        ["f7uy_2018"],
        ["f7uz_2018"],
      ),
  },
});
