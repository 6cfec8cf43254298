// Lists of resources (data, not code): which person variables each benefit counts.

/**
 * Resources counted by the ASPA besides earnings, replacement income counted gross for
 * pensions (CSS art. R815-22 and R815-25 ; the AAH and the ASS are added apart).
 */
export const ASPA_RESSOURCES = [
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
] as const;

/** Gross earnings of the ASPA, counted after the forfaitaire allowance (CSS art. R815-29). */
export const ASPA_REVENUS_ACTIVITE = ["salaire_de_base", "traitement_indiciaire_brut"] as const;

/** Sickness and work-accident daily allowances: professional income for three months only (CSS art. R844-1). */
export const PPA_INDEMNITES_JOURNALIERES = [
  "indemnites_journalieres_maladie",
  "indemnites_journalieres_accident_travail",
  "indemnites_journalieres_maladie_professionnelle",
] as const;

/** Professional income counted by the RSA (CASF art. R262-6 and R262-8). */
export const RSA_REVENUS_ACTIVITE = [
  "salaire_net",
  "revenus_stage_formation_pro",
  "remuneration_apprenti",
  "indemnites_chomage_partiel",
  "indemnites_stage",
  "bourse_recherche",
  "indemnites_journalieres_maternite",
  "indemnites_journalieres_paternite",
  "indemnites_journalieres_adoption",
] as const;

/**
 * Other personal resources counted by the RSA (CASF art. R262-6); the retraite du
 * combattant is excluded (CASF art. R262-11).
 */
export const RSA_AUTRES_RESSOURCES = [
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
] as const;

/**
 * Earnings and replacement income that stop being counted when they are interrupted:
 * nothing received in the month of right (CASF art. R262-13).
 */
export const RSA_RESSOURCES_NEUTRALISABLES = new Set<string>([...RSA_REVENUS_ACTIVITE, "chomage_net", ...PPA_INDEMNITES_JOURNALIERES]);

/** Micro-entrepreneurs' monthly turnover, with the name of the allowance for costs that applies. */
export const CHIFFRES_AFFAIRES_MICRO = [
  ["rpns_auto_entrepreneur_CA_bnc", "abattement_bnc"],
  ["rpns_auto_entrepreneur_CA_bic", "abattement_bic_services"],
  ["rpns_auto_entrepreneur_CA_achat_revente", "abattement_bic_vente"],
] as const;

/**
 * Self-employed profits of the previous year, counted as a twelfth each month
 * (CASF art. R262-18 to R262-22 ; CSS art. R844-1).
 */
export const BENEFICES_NON_SALARIES = [
  "rpns_benefice_exploitant_agricole",
  "rpns_autres_revenus",
  "rpns_micro_entreprise_benefice",
] as const;

/** Professional income counted by the prime d'activité (CSS art. L842-4 and R844-1). */
export const PPA_REVENUS_ACTIVITE = [
  "salaire_net",
  "revenus_stage_formation_pro",
  "remuneration_apprenti",
  "indemnites_chomage_partiel",
  "indemnites_stage",
  "bourse_recherche",
  "indemnites_journalieres_maternite",
  "indemnites_journalieres_paternite",
  "indemnites_journalieres_adoption",
] as const;

/** Replacement and other personal income counted by the prime d'activité (CSS art. R844-2). */
export const PPA_RESSOURCES_HORS_ACTIVITE = [
  "chomage_net",
  "retraite_nette",
  "retraite_combattant",
  "pensions_alimentaires_percues",
  "prestation_compensatoire",
  "pensions_invalidite",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "indemnites_volontariat",
  "ass",
] as const;

/** Income from capital counted by the prime d'activité: a twelfth of the year N-2 (CSS art. R844-1). */
export const PPA_REVENUS_ANNEE_N_MOINS_2 = ["revenus_locatifs", "revenus_capital", "rente_viagere_titre_onereux"] as const;

/**
 * Famille-level resources counted by the prime d'activité for each month: family
 * benefits as counted by the RSA, and the ASPA and ASI (CSS art. R844-2 and R844-5).
 */
export const PPA_PRESTATIONS_FAMILLE = ["rsa_base_ressources_prestations_familiales", "aspa", "asi"] as const;

/** Professional income counted by the AAH (CSS art. R821-4 ; net taxable amounts, CSS art. R532-3). */
export const AAH_REVENUS_ACTIVITE = ["salaire_imposable"] as const;

/** Other income counted by the AAH, from the year N-2 (CSS art. R821-4 and R532-3). */
export const AAH_AUTRES_RESSOURCES = [
  "chomage_imposable",
  "retraite_imposable",
  "pensions_invalidite",
  "pensions_alimentaires_percues",
] as const;
