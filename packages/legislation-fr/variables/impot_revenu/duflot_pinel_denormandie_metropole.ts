import { add, maximum, minimum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { reductionPinel, type ParametresPinel } from "../../src/duflot-pinel.ts";
import { arrondi, somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

const pinel = (p: FrenchParameters): ParametresPinel =>
  p.impot_revenu.calcul_reductions_impots.investissements_immobiliers.duflot_pinel_denormandie;

/** Duflot 2013 (7GH, after the overseas investment 7GI on the ceiling) and Duflot or Pinel 2014 (after the overseas ones). */
function reductions2013Et2014(foyer: Population, period: Period, p: ParametresPinel): Float64Array {
  const f = (name: string) => foyer(name, period);
  const t9 = p.location_9_ans.taux_metro;
  const t6 = p.location_6_ans.taux_metro;
  const reduction2013 = arrondi(mul(minimum(sub(p.plafond, f("f7gi_2018")), f("f7gh_2018")), t9 / 9));
  const reste = maximum(0, sub(sub(sub(p.plafond, f("f7el_2015")), f("f7qd_2018")), f("f7qc_2018")));
  const neufAns = add(f("f7ek"), f("f7qb_2018"));
  const reduction2014 = add(
    arrondi(mul(minimum(reste, neufAns), t9 / 9)),
    arrondi(mul(minimum(sub(reste, neufAns), f("f7qa_2018")), t6 / 6)),
  );
  return add(reduction2013, reduction2014, f("f7fi"));
}

export const duflot_pinel_denormandie_metropole = defineVariable({
  name: "duflot_pinel_denormandie_metropole",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réduction d'impôt Duflot - Pinel - Denormandie que metropole",
  // Rental investment Duflot (2013-2014), Pinel (from 2014) and Denormandie (from 2019) in the metropole zone: a share of
  // the price, within a ceiling common to the foyer's investments, spread over the six or nine years of the
  // rental commitment, the extensions of the commitment and the réductions carried over (CGI art. 199 novovicies).
  reference: cgi("199 novovicies"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = pinel(parameters(period));
      const outreMer = minimum(p.plafond, foyer_fiscal("f7gi_2018", period));
      return arrondi(mul(minimum(sub(p.plafond, outreMer), foyer_fiscal("f7gh_2018", period)), p.location_9_ans.taux_metro / 9));
    },
    "2014-01-01": ({ foyer_fiscal, period, parameters }) => reductions2013Et2014(foyer_fiscal, period, pinel(parameters(period))),
    "2015-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2015, "metropole", 2015, 2014),
        reductions2013Et2014(foyer_fiscal, period, pinel(parameters(period))),
      ),
    "2019-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2019, "metropole", 2016, 2013),
    "2020-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2020, "metropole", 2016, 2013),
    "2021-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2021, "metropole", 2016, 2013),
        somme(foyer_fiscal, period, ["f7sx_2022"]),
      ),
    "2022-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2022, "metropole", 2016, 2014),
        somme(foyer_fiscal, period, ["f7sx_2022", "f7ri_2023", "f7uy_2023"]),
      ),
    "2023-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2023, "metropole", 2016, 2015),
        somme(foyer_fiscal, period, ["f7ri_2023", "f7uy_2023", "f7pk_2024", "f7pm_2024"]),
      ),
    "2024-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        reductionPinel(foyer_fiscal, period, pinel(parameters(period)), 2024, "metropole", 2016, 2016),
        somme(foyer_fiscal, period, ["f7pk_2024", "f7pm_2024", "f7of", "f7na", "f7nc", "f7sy"]),
      ),
  },
});
