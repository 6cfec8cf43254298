import { add, allOf, clip, maximum, minimum, mul, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";

interface ParametresAah {
  readonly montant: number;
  readonly majoration_plafond: { readonly majoration_plafond_couple: number; readonly majoration_par_enfant_supplementaire: number };
}

/**
 * The AAH of the eligible persons: the ceiling (twelve monthly amounts, raised for a parent in
 * a couple by `majorationCouple` and by half per child) less the resources, within the monthly
 * amount less the invalidity pension received (CSS art. L821-1, L821-3, D821-2 and D821-3).
 */
function montantAah(individu: Population, period: Period, p: ParametresAah, ressources: ArrayLike<number>, majorationCouple: number) {
  const couple = allOf(individu.hasRole("famille", "parent"), individu.group("famille", "en_couple", period));
  const majorations = add(
    where(couple, majorationCouple),
    mul(p.majoration_plafond.majoration_par_enfant_supplementaire, individu.group("famille", "af_nbenf", period)),
  );
  const plafond = mul(p.montant, add(1, majorations));
  const horsPension = maximum(0, sub(p.montant, individu("pensions_invalidite", period)));
  return where(individu("aah_eligible", period), minimum(clip(sub(plafond, ressources), 0, p.montant), horsPension));
}

export const aah_base = defineVariable({
  name: "aah_base",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant de l'AAH avant les réductions pour hospitalisation ou incarcération",
  // The ceiling (twelve monthly amounts, raised for a couple and by half per child) less the
  // resources, within the monthly amount less an invalidity pension, which the AAH completes
  // (CSS art. L821-1, L821-3, D821-2 and D821-3). From October 2023 the conjoint's resources
  // and the couple's majoration no longer count, unless the conjugalised calculation, kept by
  // those who had it, gives more (loi n° 2022-1158 du 16 août 2022, art. 10; décret
  // n° 2022-1694 du 28 décembre 2022). The ASI received, which OpenFisca also deducts, is not
  // (it would chain each month's AAH to the ASI of the month before).
  reference: css("L821-1", "L821-3", "D821-2", "D821-3"),
  formulas: {
    "2011-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah;
      // Nobody eligible (most batches): no need to evaluate anyone's resources.
      if (toutNul(individu("aah_eligible", period))) return 0;
      const ressources = individu("aah_base_ressources_conjugalisee", period);
      return montantAah(individu, period, p, ressources, p.majoration_plafond.majoration_plafond_couple);
    },
    "2023-10-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah;
      if (toutNul(individu("aah_eligible", period))) return 0;
      const deconjugalisee = montantAah(individu, period, p, individu("aah_base_ressources_deconjugalisee", period), 0);
      const option = individu("aah_conjugalise_eligible", period);
      if (toutNul(option)) return deconjugalisee;
      const conjugalisee = montantAah(
        individu,
        period,
        p,
        individu("aah_base_ressources_conjugalisee", period),
        p.majoration_plafond.majoration_plafond_couple,
      );
      return where(option, maximum(deconjugalisee, conjugalisee), deconjugalisee);
    },
  },
});
