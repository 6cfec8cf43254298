// Shared rules of the PAJE's primes (à la naissance, à l'adoption): the resources ceiling,
// which depends on the birth or arrival date of the child (reforms of April 2014 and
// April 2018), and the BMAF the amounts are computed on (frozen from April 2014 to March 2018).
import { ageInMonths, toDays, where, type ParametersAccessor, type Period, type Population } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";

/** Children born or adopted from these dates fall under the reforms of April 2014 and April 2018 (décrets n° 2014-422 and 2018-312). */
export const REFORME_PAJE_2014 = toDays("2014-04-01");
export const REFORME_PAJE_2018 = toDays("2018-04-01");

/**
 * The BMAF the PAJE's allocation de base and primes are computed on: from April 2014 to
 * March 2018, the BMAF of April 2013 (LFSS 2014, art. 74, III; the freeze ends in April 2018).
 */
export function bmafPaje(period: Period, parameters: ParametersAccessor<FrenchParameters>): number {
  const debut = period.start.toString();
  const gel = debut >= "2014-04-01" && debut < "2018-04-01";
  return (gel ? parameters("2013-04-01") : parameters(period)).prestations_sociales.prestations_familiales.bmaf.bmaf;
}

/**
 * The resources ceiling of the primes (CSS art. R531-1, the allocation de base's
 * ceiling; its taux partiel ceiling for children born since April 2014), for `nbEnfants`
 * children (those à charge plus those to be born or just adopted), chosen per famille by
 * the date (days) of the child the prime is for: before April 2014, April 2014 to March
 * 2018, or since April 2018. A ceiling not in force at the period counts as 0 (no prime).
 */
export function plafondPrimesPaje(
  famille: Population,
  period: Period,
  p: FrenchParameters,
  nbEnfants: ArrayLike<number>,
  dateEnfant: ArrayLike<number>,
): Float64Array {
  const plaf = p.prestations_sociales.prestations_familiales.petite_enfance.paje.paje_plaf;
  const avant = plaf.ne_adopte_avant_04_2014;
  const entre = plaf.ne_adopte_04_2014_et_03_2018;
  const apres = plaf.ne_adopte_apres_04_2018;
  const isole = famille("en_couple", period);
  const biactif = famille("biactivite", period);
  const out = new Float64Array(famille.count);
  // One loop: the ceiling is a function of the law per famille (three schedules by date).
  for (let i = 0; i < out.length; i++) {
    const n = nbEnfants[i]!;
    const majore = !isole[i] || biactif[i] ? 1 : 0;
    const date = dateEnfant[i]!;
    if (date >= REFORME_PAJE_2018) {
      const base = apres?.taux_partiel?.plafond_ressources_0_enfant ?? 0;
      const coef =
        1 +
        apres.majorations_enfants.premier_2eme_enfant * Math.min(n, 2) +
        apres.majorations_enfants.troisieme_plus_enfant * Math.max(n - 2, 0);
      out[i] = base > 0 ? base * coef + majore * apres.taux_partiel.biactifs_parents_isoles : 0;
    } else if (date >= REFORME_PAJE_2014) {
      const base = entre?.taux_partiel?.plafond_ressources_0_enfant ?? 0;
      out[i] =
        base > 0
          ? base * (1 + entre.majorations_enfants.majoration_enfant_supp * n) + majore * entre.taux_partiel.biactifs_parents_isoles
          : 0;
    } else {
      const base = avant?.plafond_ressources_0_enfant ?? 0;
      const coef =
        1 +
        avant?.majorations_enfants?.premier_2eme_enfant * Math.min(n, 2) +
        avant?.majorations_enfants?.troisieme_plus_enfant * Math.max(n - 2, 0);
      out[i] = base > 0 ? base * coef + majore * avant.biactifs_parents_isoles : 0;
    }
  }
  return out;
}

/**
 * The age in completed months of each famille's youngest child at the start of the period
 * (+∞ without a child): from the birth date, or twelve times the age in years when only
 * that is given. The CLCA and the COLCA run until the youngest child reaches an age.
 */
export function ageEnMoisDuPlusJeune(famille: Population, period: Period): Float64Array {
  const naissance = famille.members("date_naissance", period);
  const age = famille.members("age", period);
  const moisDepuisNaissance = ageInMonths(naissance, period.start);
  const mois = new Float64Array(naissance.length);
  // A date of 0 (1970-01-01, the default) is no birth date: the age in years (if any) tells.
  for (let i = 0; i < mois.length; i++) mois[i] = naissance[i] !== 0 ? moisDepuisNaissance[i]! : age[i]! >= 0 ? 12 * age[i]! : Infinity;
  return famille.min(where(famille.memberHasRole("enfant"), mois, Infinity), "enfant");
}
