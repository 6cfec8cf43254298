import { type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";
import { css } from "../../src/legal-references.ts";
import { date_arret_de_travail } from "../common/date_arret_de_travail.ts";
import { notBefore, sumOf } from "../../src/formula-helpers.ts";
import {
  BENEFICES_NON_SALARIES,
  CHIFFRES_AFFAIRES_MICRO,
  PPA_INDEMNITES_JOURNALIERES,
  PPA_REVENUS_ACTIVITE,
} from "../../src/ressources.ts";

const NON_RENSEIGNEE = date_arret_de_travail.defaultValue;
const monthIndex = (p: Period): number => p.start.year * 12 + p.start.month - 1;
const monthIndexOfDays = (days: number): number => {
  const d = new Date(days * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/**
 * Self-employed income for a month: a twelfth of last year's profits, or the month's
 * turnover of a micro-entrepreneur after the tax allowance for costs (CSS art. R844-1).
 */
function nonSalarie(
  individu: Population,
  period: Period,
  micro: FrenchParameters["impot_revenu"]["calcul_revenus_imposables"]["rpns"]["micro"],
): Float64Array {
  const out = sumOf(individu, BENEFICES_NON_SALARIES.at(period), period.lastYear);
  for (let i = 0; i < out.length; i++) out[i]! /= 12;
  const parts: [string, Period, number][] = [
    ...CHIFFRES_AFFAIRES_MICRO.at(period).map(([name, abattement]): [string, Period, number] => [name, period, 1 - micro[abattement]]),
    ["rpns_micro_entreprise_CA_bnc_imp", period.lastYear, (1 - micro.abattement_bnc) / 12],
  ];
  for (const [name, p, coef] of parts) {
    const v = individu(name, p);
    for (let i = 0; i < out.length; i++) out[i]! += v[i]! * coef;
  }
  return out;
}

export const ppa_revenu_activite_individu = defineVariable({
  name: "ppa_revenu_activite_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus professionnels d'une personne retenus pour la prime d'activité, pour un mois",
  // Earnings; sickness daily allowances during the first three months of the stoppage
  // or when the person also works; the AAH when earnings reach 29 hourly SMIC
  // (CSS art. L842-4 and R844-1 ; art. L842-8 for the AAH).
  reference: css("L842-4", "R844-1", "L842-8"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(notBefore(period, "2016-01"));
      const smicHoraire: number = p.marche_travail.salaire_minimum.smic.smic_b_horaire;
      const seuilAah: number = p.prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_cond.seuil_aah_activite;

      const revenus = sumOf(individu, PPA_REVENUS_ACTIVITE.at(period), period);
      const ij = sumOf(individu, PPA_INDEMNITES_JOURNALIERES.at(period), period);
      const ijTroisMoisAvant = sumOf(individu, PPA_INDEMNITES_JOURNALIERES.at(period), period.offset(-3));
      // The date the stoppage began, if given (else the variable's default).
      const dates = individu("date_arret_de_travail", "ETERNITY");
      const aah = individu("aah", period);
      const nonSalaries = nonSalarie(individu, period, p.impot_revenu.calcul_revenus_imposables.rpns.micro);
      const mois = monthIndex(period);

      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        let ijActivite = false;
        if (ij[i]! > 0) {
          const date = dates[i]!;
          if (revenus[i]! > 0) ijActivite = true;
          else if (date !== NON_RENSEIGNEE) ijActivite = mois - monthIndexOfDays(date) < 3;
          else ijActivite = ijTroisMoisAvant[i] === 0;
        }
        const activite = revenus[i]! + nonSalaries[i]! + (ijActivite ? ij[i]! : 0);
        out[i] = activite + (activite >= seuilAah * smicHoraire ? aah[i]! : 0);
      }
      return out;
    },
  },
});
