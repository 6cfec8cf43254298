// Lists of resources (data, not code): which variables each benefit counts, as dated lists
// of the law. Each version is in force from its date to the next one's and names the texts
// that set it; a formula reads the version in force at the period it computes.
import { parseInstant, type Period } from "@zero/engine";

/** One version of a list: in force from `since` ("YYYY-MM-DD") until the next version. */
export interface ListVersion<T> {
  readonly since: string;
  /** The texts that set this version. */
  readonly source: string;
  readonly items: readonly T[];
}

/** A list of the law that may change over time. */
export interface DatedList<T> {
  readonly versions: readonly ListVersion<T>[];
  /**
   * The items in force at the start of `period`. Before the first version, the first version:
   * a benefit reads the resources of months before it existed (the RSA of June 2009 averages
   * March to May; the prime d'activité of a month before 2016 is computed with its 2016 rules).
   */
  at(period: Period): readonly T[];
}

/** A dated list from its versions, in date order. */
export function datedList<const T>(versions: readonly ListVersion<T>[]): DatedList<T> {
  const keys = versions.map((v) => {
    const instant = parseInstant(v.since);
    if (!instant) throw new Error(`A resource list version starts at "${v.since}", not a YYYY-MM-DD date`);
    return instant.key;
  });
  if (keys.length === 0 || keys.some((k, i) => i > 0 && k <= keys[i - 1]!)) {
    throw new Error("A resource list needs at least one version, in strictly increasing date order");
  }
  return {
    versions,
    at(period: Period): readonly T[] {
      const key = period.start.key;
      let found = versions[0]!;
      for (let i = 1; i < versions.length; i++) if (keys[i]! <= key) found = versions[i]!;
      return found.items;
    },
  };
}

/** The RSA: décret n° 2009-404 du 15 avril 2009, in force on 1 June 2009. */
const RSA_DEPUIS = "2009-06-01";
/** The prime d'activité: décret n° 2015-1709 du 21 décembre 2015, in force on 1 January 2016. */
const PPA_DEPUIS = "2016-01-01";
/** The ASPA, from the model's first date (its formula's). */
const ASPA_DEPUIS = "2006-01-01";
/** The AAH resources as modelled (the model computes the AAH from 2011, README). */
const AAH_DEPUIS = "2011-01-01";

/**
 * Resources counted by the ASPA besides earnings, replacement income counted gross for
 * pensions (CSS art. R815-22 and R815-25 ; the AAH and the ASS are added apart).
 */
export const ASPA_RESSOURCES = datedList([
  {
    since: ASPA_DEPUIS,
    source: "CSS art. R815-22 et R815-25",
    items: [
      "allocation_securisation_professionnelle",
      "chomage_net",
      "dedommagement_victime_amiante",
      "gains_exceptionnels",
      "indemnites_chomage_partiel",
      "indemnites_journalieres_maladie",
      "indemnites_journalieres_accident_travail",
      "indemnites_journalieres_maladie_professionnelle",
      "indemnites_journalieres_maternite",
      "indemnites_journalieres_paternite",
      "indemnites_journalieres_adoption",
      "indemnites_volontariat",
      "pensions_alimentaires_percues",
      "pensions_invalidite",
      "prestation_compensatoire",
      "prime_forfaitaire_mensuelle_reprise_activite",
      "retraite_brute",
      "revenus_stage_formation_pro",
      "revenus_capitaux_mensuels",
    ],
  },
]);

/** Gross earnings of the ASPA, counted after the forfaitaire allowance (CSS art. R815-29). */
export const ASPA_REVENUS_ACTIVITE = datedList([
  { since: ASPA_DEPUIS, source: "CSS art. R815-29", items: ["salaire_de_base", "traitement_indiciaire_brut"] },
]);

/** Sickness and work-accident daily allowances: professional income for three months only (CSS art. R844-1). */
export const PPA_INDEMNITES_JOURNALIERES = datedList([
  {
    since: RSA_DEPUIS,
    source: "CSS art. R844-1 (prime d'activité) ; CASF art. R262-13 (neutralisation du RSA)",
    items: [
      "indemnites_journalieres_maladie",
      "indemnites_journalieres_accident_travail",
      "indemnites_journalieres_maladie_professionnelle",
    ],
  },
]);

/** Professional income counted by the RSA (CASF art. R262-6 and R262-8). */
export const RSA_REVENUS_ACTIVITE = datedList([
  {
    since: RSA_DEPUIS,
    source: "CASF art. R262-6 et R262-8",
    items: [
      "salaire_net",
      "revenus_stage_formation_pro",
      "remuneration_apprenti",
      "indemnites_chomage_partiel",
      "indemnites_stage",
      "bourse_recherche",
      "indemnites_journalieres_maternite",
      "indemnites_journalieres_paternite",
      "indemnites_journalieres_adoption",
    ],
  },
]);

/**
 * Other personal resources counted by the RSA (CASF art. R262-6); the retraite du
 * combattant is excluded (CASF art. R262-11).
 */
export const RSA_AUTRES_RESSOURCES = datedList([
  {
    since: RSA_DEPUIS,
    source: "CASF art. R262-6 et R262-11",
    items: [
      "chomage_net",
      "retraite_nette",
      "pensions_alimentaires_percues",
      "pensions_invalidite",
      "prestation_compensatoire",
      "indemnites_journalieres_maladie",
      "indemnites_journalieres_accident_travail",
      "indemnites_journalieres_maladie_professionnelle",
      "indemnites_volontariat",
      "revenus_locatifs",
      "aah",
      "ass",
    ],
  },
]);

/**
 * Earnings and replacement income that stop being counted when they are interrupted:
 * nothing received in the month of right (CASF art. R262-13).
 */
export const RSA_RESSOURCES_NEUTRALISABLES = datedList<string>([
  {
    since: RSA_DEPUIS,
    source: "CASF art. R262-13",
    items: [...RSA_REVENUS_ACTIVITE.versions[0]!.items, "chomage_net", ...PPA_INDEMNITES_JOURNALIERES.versions[0]!.items],
  },
]);

/** Micro-entrepreneurs' monthly turnover, with the name of the allowance for costs that applies. */
export const CHIFFRES_AFFAIRES_MICRO = datedList([
  {
    since: ASPA_DEPUIS,
    source: "CASF art. R262-19 (RSA) ; CSS art. R844-1 (prime d'activité) et R815-22 (ASPA)",
    items: [
      ["rpns_auto_entrepreneur_CA_bnc", "abattement_bnc"],
      ["rpns_auto_entrepreneur_CA_bic", "abattement_bic_services"],
      ["rpns_auto_entrepreneur_CA_achat_revente", "abattement_bic_vente"],
    ],
  },
]);

/**
 * Self-employed profits of the previous year, counted as a twelfth each month
 * (CASF art. R262-18 to R262-22 ; CSS art. R844-1).
 */
export const BENEFICES_NON_SALARIES = datedList([
  {
    since: ASPA_DEPUIS,
    source: "CASF art. R262-18 à R262-22 ; CSS art. R844-1",
    items: ["rpns_benefice_exploitant_agricole", "rpns_autres_revenus", "rpns_micro_entreprise_benefice"],
  },
]);

/** Professional income counted by the prime d'activité (CSS art. L842-4 and R844-1). */
export const PPA_REVENUS_ACTIVITE = datedList([
  {
    since: PPA_DEPUIS,
    source: "CSS art. L842-4 et R844-1",
    items: [
      "salaire_net",
      "revenus_stage_formation_pro",
      "remuneration_apprenti",
      "indemnites_chomage_partiel",
      "indemnites_stage",
      "bourse_recherche",
      "indemnites_journalieres_maternite",
      "indemnites_journalieres_paternite",
      "indemnites_journalieres_adoption",
    ],
  },
]);

/** Replacement and other personal income counted by the prime d'activité (CSS art. R844-2). */
export const PPA_RESSOURCES_HORS_ACTIVITE = datedList([
  {
    since: PPA_DEPUIS,
    source: "CSS art. R844-2",
    items: [
      "chomage_net",
      "retraite_nette",
      "retraite_combattant",
      "pensions_alimentaires_percues",
      "prestation_compensatoire",
      "pensions_invalidite",
      "prime_forfaitaire_mensuelle_reprise_activite",
      "indemnites_volontariat",
      "asi",
    ],
  },
]);

/**
 * Personal allowances counted in the foyer's resources for the prime d'activité (CSS art.
 * R844-2) but, as in OpenFisca, not in each person's (ppa_ressources_hors_activite_individu).
 */
export const PPA_ALLOCATIONS_MEMBRES_FOYER = datedList([{ since: PPA_DEPUIS, source: "CSS art. R844-2", items: ["ass"] }]);

/** Income from capital counted by the prime d'activité: a twelfth of the year N-2 (CSS art. R844-1). */
export const PPA_REVENUS_ANNEE_N_MOINS_2 = datedList([
  { since: PPA_DEPUIS, source: "CSS art. R844-1", items: ["revenus_locatifs", "revenus_capital"] },
]);

/**
 * The same, declared by the foyer fiscal (variables of the foyer fiscal, as in OpenFisca):
 * counted on its main declarant (CSS art. R844-1).
 */
export const PPA_REVENUS_FOYER_FISCAL_ANNEE_N_MOINS_2 = datedList([
  { since: PPA_DEPUIS, source: "CSS art. R844-1", items: ["rente_viagere_titre_onereux"] },
]);

/**
 * Famille-level resources counted by the prime d'activité for each month: family
 * benefits as counted by the RSA, and the ASPA (CSS art. R844-2 and R844-5; the ASI,
 * each person's, is in PPA_RESSOURCES_HORS_ACTIVITE).
 */
export const PPA_PRESTATIONS_FAMILLE = datedList([
  { since: PPA_DEPUIS, source: "CSS art. R844-2 et R844-5", items: ["rsa_base_ressources_prestations_familiales", "aspa"] },
]);

/** Professional income counted by the AAH (CSS art. R821-4 ; net taxable amounts, CSS art. R532-3). */
export const AAH_REVENUS_ACTIVITE = datedList([{ since: AAH_DEPUIS, source: "CSS art. R821-4 et R532-3", items: ["salaire_imposable"] }]);

/** Other income counted by the AAH, from the year N-2 (CSS art. R821-4 and R532-3). */
export const AAH_AUTRES_RESSOURCES = datedList([
  {
    since: AAH_DEPUIS,
    source: "CSS art. R821-4 et R532-3",
    items: ["chomage_imposable", "retraite_imposable", "pensions_invalidite", "pensions_alimentaires_percues"],
  },
]);
