// Lists of resources (data, not code): which person variables each benefit counts.

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

/** Other personal resources counted by the RSA (CASF art. R262-6). */
export const RSA_AUTRES_RESSOURCES = [
  "chomage_net",
  "retraite_nette",
  "retraite_combattant",
  "pensions_alimentaires_percues",
  "pensions_invalidite",
  "prestation_compensatoire",
  "indemnites_journalieres_maladie",
  "indemnites_journalieres_accident_travail",
  "indemnites_journalieres_maladie_professionnelle",
  "indemnites_volontariat",
  "aah",
  "ass",
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

/** Sickness and work-accident daily allowances: professional income for three months only (CSS art. R844-1). */
export const PPA_INDEMNITES_JOURNALIERES = [
  "indemnites_journalieres_maladie",
  "indemnites_journalieres_accident_travail",
  "indemnites_journalieres_maladie_professionnelle",
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

/**
 * Famille-level resources counted by the prime d'activité for each month: family
 * benefits as counted by the RSA, and the ASPA and ASI (CSS art. R844-2 and R844-5).
 */
export const PPA_PRESTATIONS_FAMILLE = ["rsa_base_ressources_prestations_familiales", "aspa", "asi"] as const;
