import { gt, maximum, minimum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_assimile_salaire_apres_abattements = defineVariable({
  name: "revenu_assimile_salaire_apres_abattements",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Salaires et allocations chômage imposables, après la déduction pour frais professionnels",
  // The 10 % deduction, between a floor (higher for the long-term unemployed until 2017) and a
  // ceiling, or the actual costs when they are greater (CGI art. 83, 3°).
  reference: cgi("83"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const abatpro = parameters(period).impot_revenu.calcul_revenus_imposables.deductions.abatpro;
      const minimumDeduction = where(individu("chomeur_longue_duree", period), abatpro.min2, abatpro.min);
      return apresDeduction(
        individu("revenu_assimile_salaire", period),
        individu("frais_reels", period),
        abatpro.taux,
        minimumDeduction,
        abatpro.max,
      );
    },
    "2018-01-01": ({ individu, period, parameters }) => {
      const abatpro = parameters(period).impot_revenu.calcul_revenus_imposables.deductions.abatpro;
      return apresDeduction(
        individu("revenu_assimile_salaire", period),
        individu("frais_reels", period),
        abatpro.taux,
        abatpro.min,
        abatpro.max,
      );
    },
  },
});

function apresDeduction(
  revenu: ArrayLike<number>,
  fraisReels: ArrayLike<number>,
  taux: number,
  min: number | ArrayLike<number>,
  max: number,
): Float64Array {
  const forfait = arrondi(minimum(maximum(mul(taux, revenu), min), max));
  return where(gt(fraisReels, forfait), sub(revenu, fraisReels), maximum(0, sub(revenu, forfait)));
}
