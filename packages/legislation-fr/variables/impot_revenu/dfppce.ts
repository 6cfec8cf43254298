import { add, maximum, minimum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Dons = FrenchParameters["impot_revenu"]["calcul_reductions_impots"]["dons"];

/** A gift at a raised rate within its ceiling: the réduction, and what exceeds the ceiling (counted with the others). */
function tauxMajore(montant: ArrayLike<number>, plafond: number, taux: number): readonly [Float64Array, Float64Array] {
  return [mul(minimum(plafond, montant), taux), maximum(0, sub(montant, plafond))];
}

/**
 * Gifts (CGI art. 200): those to bodies helping people in need (7UD, 7VA) at a raised rate within a ceiling,
 * the others at the general rate within a share of the net taxable income; gifts to political parties within
 * a ceiling per declarant; `majores` adds the gifts of the year at a raised rate (Notre-Dame, religious heritage).
 */
function reductionDons(
  foyer: Population,
  period: Period,
  p: Dons,
  majores: readonly (readonly [ArrayLike<number>, number, number])[],
): Float64Array {
  const f = (name: string) => foyer(name, period);
  const [aideAuxPersonnes, excedentAide] = tauxMajore(add(f("f7va"), f("f7ud")), p.dons_coluche.plafond, p.dons_coluche.taux);
  const partis = minimum(mul(p.dons_aux_partis_politiques.plafond_seul, add(1, f("maries_ou_pacses"))), f("f7uh"));
  let reductionsMajorees = aideAuxPersonnes;
  let base = add(somme(foyer, period, ["f7uf", "f7vc", "f7xs", "f7xt", "f7xu", "f7xw", "f7xy"]), excedentAide, partis);
  for (const [montant, plafond, taux] of majores) {
    const [reduction, excedent] = tauxMajore(montant, plafond, taux);
    reductionsMajorees = add(reductionsMajorees, reduction);
    base = add(base, excedent);
  }
  return add(reductionsMajorees, mul(p.taux_reduction, minimum(base, mul(p.plafond_dons, f("rni")))));
}

export const dfppce = defineVariable({
  name: "dfppce",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Dons aux autres oeuvres et dons effectués pour le financement des partis politiques et des campagnes électorales",
  // Gifts to bodies of general interest, to parties and electoral campaigns, and the carry-overs of the
  // five previous years (7XS to 7XY) (CGI art. 200). Modelled from 2013 (earlier years are not).
  reference: cgi("200"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionDons(foyer_fiscal, period, parameters(period).impot_revenu.calcul_reductions_impots.dons, []),
    "2019-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.dons;
      return reductionDons(foyer_fiscal, period, p, [
        [foyer_fiscal("f7ue_2019", period), p.dons_notre_dame.plafond, p.dons_notre_dame.taux],
      ]);
    },
    "2020-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionDons(foyer_fiscal, period, parameters(period).impot_revenu.calcul_reductions_impots.dons, []),
    "2021-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.dons;
      return reductionDons(foyer_fiscal, period, p, [
        [foyer_fiscal("f7uj_2022", period), p.dons_cultuels.plafond_dons, p.dons_coluche.taux],
      ]);
    },
    "2023-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.dons;
      return reductionDons(foyer_fiscal, period, p, [
        [foyer_fiscal("f7uj", period), p.dons_patrimoine_religieux.plafond, p.dons_coluche.taux],
      ]);
    },
    "2026-01-01": ({ foyer_fiscal, period, parameters }) =>
      reductionDons(foyer_fiscal, period, parameters(period).impot_revenu.calcul_reductions_impots.dons, []),
  },
});
