import { add, minimum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { reductionPinel, type ParametresPinel } from "../../src/duflot-pinel.ts";
import { arrondi, somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

const pinel = (p: FrenchParameters): ParametresPinel =>
  p.impot_revenu.calcul_reductions_impots.investissements_immobiliers.duflot_pinel_denormandie;

/** Duflot 2013 overseas (7GI) and Duflot or Pinel 2014 overseas (7EL, 7QD on nine years, 7QC on six). */
function reductions2013Et2014(foyer: Population, period: Period, p: ParametresPinel, arrondi2013: boolean): Float64Array {
  const f = (name: string) => foyer(name, period);
  const t9 = p.location_9_ans.taux_om;
  const t6 = p.location_6_ans.taux_om;
  const brute2013 = mul(minimum(p.plafond, f("f7gi_2018")), t9 / 9);
  const neufAns = add(f("f7el_2015"), f("f7qd_2018"));
  const reduction2014 = add(
    arrondi(mul(minimum(p.plafond, neufAns), t9 / 9)),
    arrondi(mul(minimum(sub(p.plafond, neufAns), f("f7qc_2018")), t6 / 6)),
  );
  return add(arrondi2013 ? arrondi(brute2013) : brute2013, reduction2014);
}

export const duflot_pinel_denormandie_om = defineVariable({
  name: "duflot_pinel_denormandie_om",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réduction d'impôt Duflot - Pinel - Denormandie",
  // Rental investment Duflot (2013-2014), Pinel (from 2014) and Denormandie (from 2019) in the outremer zone: a share of
  // the price, within a ceiling common to the foyer's investments, spread over the six or nine years of the
  // rental commitment, the extensions of the commitment and the réductions carried over (CGI art. 199 novovicies).
  reference: cgi("199 novovicies"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = pinel(parameters(period));
      return arrondi(mul(minimum(p.plafond, foyer_fiscal("f7gi_2018", period)), p.location_9_ans.taux_om / 9));
    },
    "2014-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = pinel(parameters(period));
      const f = (name: string) => foyer_fiscal(name, period);
      const reduction2013 = arrondi(mul(minimum(p.plafond, f("f7gi_2018")), p.location_9_ans.taux_om / 9));
      const neufAns = minimum(p.plafond, add(f("f7el_2015"), f("f7qd_2018")));
      const sixAns = minimum(sub(p.plafond, neufAns), f("f7qc_2018"));
      return add(
        arrondi(add(mul(neufAns, p.location_9_ans.taux_om / 9), arrondi(mul(sixAns, p.location_6_ans.taux_om / 6)))),
        reduction2013,
      );
    },
    "2015-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2015, "outremer", 2015, 2014),
        reductions2013Et2014(foyer_fiscal, period, pinel(parameters(period)), false),
      ),
    "2019-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2019, "outremer", 2016, 2013),
    "2020-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2020, "outremer", 2016, 2013),
    "2021-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2021, "outremer", 2016, 2013),
        somme(foyer_fiscal, period, ["f7sy_2022"]),
      ),
    "2022-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2022, "outremer", 2016, 2014),
        somme(foyer_fiscal, period, ["f7sy_2022", "f7rj_2023", "f7uz_2023"]),
      ),
    "2023-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2023, "outremer", 2016, 2015),
        somme(foyer_fiscal, period, ["f7rj_2023", "f7uz_2023", "f7pl_2024", "f7pn_2024"]),
      ),
    "2024-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2024, "outremer", 2016, 2016),
        somme(foyer_fiscal, period, ["f7pl_2024", "f7pn_2024", "f7og", "f7nb", "f7nd", "f7sz"]),
      ),
  },
});
