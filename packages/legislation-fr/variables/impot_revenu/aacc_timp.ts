import { add, gt, maximum, mul, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Micro = FrenchParameters["impot_revenu"]["calcul_revenus_imposables"]["rpns"]["micro"]["microentreprise"];

/** Receipts of furnished rentals under the micro regime, after their allowance (at least the minimum). */
function apresAbattement(recettes: ArrayLike<number>, taux: number, micro: Micro): Float64Array {
  return mul(gt(recettes, 0), maximum(micro.montant_minimum, mul(recettes, 1 - taux)));
}

/** Non-professional BIC with an approved centre: real profits, furnished rentals at the micro regime, less the deficits. */
function benefices(individu: Population, period: Period, micro: Micro, meubles: readonly (readonly [string, number])[]): Float64Array {
  const f = (name: string) => individu(name, period);
  const locationsMeublees = meubles.reduce<Float64Array>(
    (total, [name, taux]) => add(total, apresAbattement(f(name), taux, micro)),
    new Float64Array(individu.count),
  );
  return maximum(0, add(f("aacc_impn"), locationsMeublees, sub(maximum(0, sub(f("nacc_pres"), f("alnp_defs"))), f("aacc_defn"))));
}

export const aacc_timp = defineVariable({
  name: "aacc_timp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus des professions non salariées individuels avec abattement CGA",
  // Non-professional industrial and commercial profits (with an approved management centre), furnished
  // rentals included, less the deficits of the year (CGI art. 34, 50-0, 156, I, 1° ter).
  reference: cgi("34", "50-0", "156"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      maximum(0, sub(individu("aacc_impn", period), somme(individu, period, ["aacc_defn", "aacc_defs"]))),
    "2009-01-01": ({ individu, period }) =>
      maximum(
        0,
        sub(
          add(individu("aacc_impn", period), maximum(0, mul(-1, individu("alnp_defs", period)))),
          somme(individu, period, ["aacc_defn", "aacc_defs"]),
        ),
      ),
    "2010-01-01": ({ individu, period }) =>
      maximum(
        0,
        sub(add(individu("aacc_impn", period), maximum(0, mul(-1, individu("alnp_defs", period)))), individu("aacc_defn", period)),
      ),
    "2011-01-01": ({ individu, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const f = (name: string) => individu(name, period);
      return maximum(
        0,
        add(
          f("aacc_impn"),
          apresAbattement(f("aacc_gits"), micro.regime_micro_bic.marchandises.taux, micro),
          apresAbattement(f("aacc_imps"), micro.regime_micro_bic.services.taux, micro),
          sub(maximum(0, mul(-1, f("alnp_defs"))), f("aacc_defn")),
        ),
      );
    },
    // 2012: furnished tourist rentals (nacc_meup) at the micro regime, and the other rentals (nacc_pres).
    "2012-01-01": ({ individu, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const { marchandises, services } = micro.regime_micro_bic;
      return benefices(individu, period, micro, [
        ["aacc_gits", marchandises.taux],
        ["aacc_imps", services.taux],
        ["nacc_meup", marchandises.taux],
      ]);
    },
    "2017-01-01": ({ individu, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const { marchandises, services } = micro.regime_micro_bic;
      return benefices(individu, period, micro, [
        ["aacc_gits", marchandises.taux],
        ["aacc_imps", services.taux],
        ["nacc_meup", marchandises.taux],
        ["nacc_meuc", services.taux],
      ]);
    },
  },
});
