import { add, maximum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Pv = FrenchParameters["impot_revenu"]["calcul_impot_revenu"]["pv"];

/** Each box (or amount) times its rate, the sum rounded. */
function taxation(foyer: Population, period: Period, termes: readonly (readonly [string | ArrayLike<number>, number])[]): Float64Array {
  const total = termes.reduce<Float64Array>(
    (acc, [montant, taux]) => add(acc, mul(typeof montant === "string" ? foyer(montant, period) : montant, taux)),
    new Float64Array(foyer.count),
  );
  return arrondi(total);
}

/** Professional long-term gains, option gains and BSPCE gains: taxed apart in every year. */
function communs(foyer: Population, period: Period, pv: Pv): (readonly [string | ArrayLike<number>, number])[] {
  return [
    [foyer.sum(foyer.members("rpns_pvce", period)), pv.pvce],
    ["glo_taxation_ir_forfaitaire_taux2", pv.actions_gratuites.cession_plus_2.taux_tranche_inferieure],
    ["glo_taxation_ir_forfaitaire_taux3", pv.actions_gratuites.cession_moins_2.taux_tranche_inferieure],
    ["glo_taxation_ir_forfaitaire_taux4", pv.actions_gratuites.cession_moins_2.taux_tranche_superieure],
    ["f3sj", pv.bspce.taux_plus_3_ans_pre_2018],
    ["f3sk", pv.bspce.taux_moins_3_ans],
  ];
}

export const taxation_plus_values_hors_bareme = defineVariable({
  name: "taxation_plus_values_hors_bareme",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Taxation forfaitaire des plus-values",
  // The gains taxed at proportional rates rather than at the scale (CGI art. 39 terdecies, 150-0 A,
  // 163 bis G, 200 A): professional long-term gains, option gains, BSPCE, PEA closed early (until 2018),
  // securities gains in 2012, expired reports (from 2016), non-cooperative states (from 2017), patent
  // income (from 2019); the flat tax of 2018 is apart (prelevement_forfaitaire_unique_ir).
  reference: cgi("200 A", "39 terdecies", "150-0 A"),
  formulas: {
    "2012-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pv = parameters(period).impot_revenu.calcul_impot_revenu.pv;
      const f = (name: string) => foyer_fiscal(name, period);
      const tauxVm = pv.pv_cession_valeurs_mobilieres_pv_professionnelles.taux;
      const valeursMobilieres = maximum(0, sub(f("f3vg"), f("f3vh")));
      return taxation(foyer_fiscal, period, [
        ...communs(foyer_fiscal, period, pv),
        [valeursMobilieres, tauxVm],
        ["f3vl", tauxVm],
        ["f3vm", pv.pea.taux_avant_2_ans],
        ["f3vt", pv.pea.taux_posterieur],
        ["f3sa_2012", pv.plus_values.taux_pv_entrep],
      ]);
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pv = parameters(period).impot_revenu.calcul_impot_revenu.pv;
      return taxation(foyer_fiscal, period, [
        ...communs(foyer_fiscal, period, pv),
        ["f3vm", pv.pea.taux_avant_2_ans],
        ["f3vt", pv.pea.taux_posterieur],
      ]);
    },
    "2016-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pv = parameters(period).impot_revenu.calcul_impot_revenu.pv;
      return taxation(foyer_fiscal, period, [
        ...communs(foyer_fiscal, period, pv),
        ["f3vm", pv.pea.taux_avant_2_ans],
        ["f3vt", pv.pea.taux_posterieur],
        ["f3wi", pv.report_impot_expire.taux_cas_general],
        ["f3wj", pv.report_impot_expire.taux_conditionnel],
      ]);
    },
    "2017-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pv = parameters(period).impot_revenu.calcul_impot_revenu.pv;
      return taxation(foyer_fiscal, period, [
        ...communs(foyer_fiscal, period, pv),
        ["f3vm", pv.pea.taux_avant_2_ans],
        ["f3vt", pv.pea.taux_posterieur],
        ["f3wi", pv.report_impot_expire.taux_cas_general],
        ["f3wj", pv.report_impot_expire.taux_conditionnel],
        ["f3pi", pv.etnc],
      ]);
    },
    "2019-01-01": ({ foyer_fiscal, period, parameters }) => {
      const pv = parameters(period).impot_revenu.calcul_impot_revenu.pv;
      const rpns = parameters(period).impot_revenu.calcul_revenus_imposables.rpns;
      return taxation(foyer_fiscal, period, [
        ...communs(foyer_fiscal, period, pv),
        [foyer_fiscal.sum(foyer_fiscal.members("rpns_info", period)), rpns.taux10],
        ["f3wi", pv.report_impot_expire.taux_cas_general],
        ["f3wj", pv.report_impot_expire.taux_conditionnel],
        ["f3pi", pv.etnc],
      ]);
    },
  },
});
