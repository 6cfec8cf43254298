// The complémentaire santé solidaire (and before it the CMU-C and the ACS): its resource
// lists (data of the law, dated) and the per-household functions its formulas share.
import { knownConstant, Period, type Population } from "@zero/engine";
import { memberGroupIndex, toutNul } from "./formula-helpers.ts";
import type { FrenchParameters } from "./parameter-types.generated.ts";
import { datedList } from "./ressources.ts";

/** The CMU-C exists since 1 January 2000 (loi n° 99-641 du 27 juillet 1999). */
const CMU_DEPUIS = "2000-01-01";

/**
 * Each person's resources of the twelve months before the request, counted for the CMU-C, the
 * ACS and the complémentaire santé solidaire (CSS art. R861-4 and R861-8): earnings, replacement
 * income, pensions and allowances received, with the AAH and the ASI after their abattements.
 * Not counted (R861-10): the family benefits' special allowances (ARS, AEEH, prime de
 * naissance…), the aides au logement beyond the forfait, the RSA, the prime d'activité.
 * Every daily allowance counts (maladie, accident du travail, maternité…), as
 * OpenFisca-France's `indemnites_journalieres`; the income of property, actual and notional
 * (as for the RSA, CASF art. R132-1), and a micro-entrepreneur's turnover after its allowance.
 */
export const CSS_RESSOURCES_INDIVIDU = datedList([
  {
    since: CMU_DEPUIS,
    source: "CSS art. R861-4, R861-8 et R861-10",
    items: [
      "allocation_securisation_professionnelle",
      "ass",
      "bourse_recherche",
      "caah",
      "chomage_net",
      "css_base_ressources_aah_individu",
      "css_base_ressources_asi_individu",
      "dedommagement_victime_amiante",
      "gains_exceptionnels",
      "indemnites_chomage_partiel",
      "indemnites_journalieres_maladie",
      "indemnites_journalieres_accident_travail",
      "indemnites_journalieres_maladie_professionnelle",
      "indemnites_journalieres_maternite",
      "indemnites_journalieres_paternite",
      "indemnites_journalieres_adoption",
      "indemnites_stage",
      "indemnites_compensatrices_conges_payes",
      "pensions_alimentaires_percues",
      "pensions_invalidite",
      "prestation_compensatoire",
      "prime_forfaitaire_mensuelle_reprise_activite",
      "retraite_combattant",
      "retraite_nette",
      "revenus_stage_formation_pro",
      "salaire_net",
      "rente_accident_travail",
      "rsa_base_ressources_patrimoine_individu",
      "rpns_auto_entrepreneur_benefice",
    ],
  },
]);

/**
 * The family benefits of the twelve months counted for the famille (CSS art. R861-8 ; the
 * ASPA after its abattement since April 2021).
 */
export const CSS_RESSOURCES_FAMILLE = datedList([
  {
    since: CMU_DEPUIS,
    source: "CSS art. R861-8 et R861-10",
    items: ["af", "asf", "css_base_ressources_aspa_asv", "cf", "paje_clca", "paje_prepare"],
  },
]);

/** The twelve months before the month of the request (CSS art. R861-8), as one period. */
export function douzeMoisPrecedents(period: Period): Period {
  return new Period("year", period.firstMonth.start, 1).offset(-1);
}

/**
 * Per person, the complément de l'AAH of the twelve months (`douzeMois`), counted by CSS art.
 * R861-8, as the sum of its months. The complément is paid only with the AAH or the ASI (CSS
 * art. L821-1-1 and L821-1-2): a month when no one of the population receives either, and
 * neither the complément nor its conditions are given, it is 0 and is not computed (its
 * majoration would read that month's aide au logement, the longest chain of the month).
 */
export function complementAahDesDouzeMois(individu: Population, douzeMois: Period): Float64Array {
  const out = new Float64Array(individu.count);
  for (const mois of douzeMois.subperiods("month")) {
    const donne = individu.input("caah", mois) !== undefined || individu.input("eligibilite_caah", mois) !== undefined;
    if (!donne && toutNul(individu("aah", mois)) && toutNul(individu("asi", mois))) continue;
    const v = individu("caah", mois);
    if (knownConstant(v) === 0) continue;
    // Month after month, as the engine's sum over the period adds them.
    for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
  }
  return out;
}

/**
 * Per person, the rank of a child among the children of its famille, the eldest first (0 for
 * the eldest): the plafond's majorations depend on the rank (CSS art. R861-3). Older is the
 * greater age in years, then the earlier birth date (`naissance`, in days); equal ones keep
 * the persons' order. A person who is not a child gets -1.
 */
export function rangParAge(
  famille: Population,
  age: ArrayLike<number>,
  naissance: ArrayLike<number>,
  enfant: ArrayLike<number>,
): Int32Array {
  const groupe = memberGroupIndex(famille);
  const n = groupe.length;
  // One pass to chain each famille's children, then each child counts its elders.
  const premier = new Int32Array(famille.count).fill(-1);
  const suivant = new Int32Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    if (!enfant[i]) continue;
    suivant[i] = premier[groupe[i]!]!;
    premier[groupe[i]!] = i;
  }
  const rang = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!enfant[i]) continue;
    let r = 0;
    for (let j = premier[groupe[i]!]!; j >= 0; j = suivant[j]!) {
      if (j === i) continue;
      const aine = age[j]! > age[i]! || (age[j] === age[i] && (naissance[j]! < naissance[i]! || (naissance[j] === naissance[i] && j < i)));
      if (aine) r++;
    }
    rang[i] = r;
  }
  return rang;
}

/**
 * Per famille, twelve months of a share of the RSA's montant forfaitaire for the foyer's size
 * (1, 2, 3 persons or more: `taux`), the montant forfaitaire of at most three persons (CSS
 * art. R861-5 and R861-7, which refer to the RSA's amounts of CASF art. R262-1).
 */
export function forfaitLogementCss(
  famille: Population,
  period: Period,
  p: FrenchParameters,
  taux: readonly [number, number, number],
): Float64Array {
  const rsa = p.prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
  const base: number = rsa.rsa_m.montant_de_base_du_rsa;
  const maj = rsa.rsa_maj.maj_montant_max;
  const personnes = famille("cmu_nbp_foyer", period);
  const out = new Float64Array(famille.count);
  // The foyer's size picks a rate and a multiple of the base: one law, read per famille.
  for (let i = 0; i < out.length; i++) {
    const n = personnes[i]!;
    const montant = base * (1 + (n >= 2 ? maj.couples_celibataire_avec_enfant : 0) + (n >= 3 ? maj.couple_1_enfant_ou_2e_enfant : 0));
    out[i] = n < 1 ? 0 : 12 * montant * (n === 1 ? taux[0] : n === 2 ? taux[1] : taux[2]);
  }
  return out;
}

/** Per person, how many parents of their famille receive the allowance `montant` (> 0). */
export function parentsAllocatairesDeLaFamille(individu: Population, montant: ArrayLike<number>): Int32Array {
  const famille = individu.groupIndex("famille");
  const parent = individu.hasRole("famille", "parent");
  const parFamille = new Int32Array(famille.length);
  for (let i = 0; i < famille.length; i++) if (parent[i] && montant[i]! > 0) parFamille[famille[i]!]!++;
  const out = new Int32Array(famille.length);
  for (let i = 0; i < famille.length; i++) out[i] = parFamille[famille[i]!]!;
  return out;
}
