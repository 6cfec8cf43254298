/**
 * Zéro's own wording for the parameters of the aids of culture, sport, holidays and studies that simulators ask for. Values, dates and legal references come
 * from OpenFisca-France (facts). Merged into `jeunesWordings` (parameter-descriptions-jeunes.ts);
 * used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { CODE_EDUCATION, EDU, ref } from "./parameter-descriptions-jeunes-paths.ts";

const passSportRef = ref(
  "Décret relatif à l'allocation de rentrée sportive (Pass'Sport), version du 5 août 2022",
  "https://www.legifrance.gouv.fr/loda/id/LEGIARTI000046139655/2022-08-05",
);
const depart1825Ref = ref(
  "Code du tourisme, articles L411-1 et suivants (Agence nationale pour les chèques-vacances)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074073",
);
const museesRef = ref(
  "Code du patrimoine, article L410-1 (musées de France)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236",
);
const pretEtudiantRef = ref(
  "Code de l'éducation, article L821-1 (aides aux étudiants)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191",
);
export const BRS = "prestations_sociales/bail_reel_solidaire";
export const ZONES_ABC = ["A", "Abis", "B1", "B2", "C"] as const;

const culture: Record<string, ParameterWording> = {
  [`${EDU}/pass_colo/age_enfant`]: {
    label: "Âge de l'enfant dans l'année (Pass'colo)",
    description: "Âge que l'enfant atteint dans l'année de son séjour en colonie de vacances pour ouvrir droit au Pass'colo.",
  },
  [`${EDU}/pass_culture/age_maximum`]: {
    label: "Âge maximal (pass Culture)",
    description: "Âge jusqu'auquel un jeune reçoit le crédit du pass Culture.",
  },
  [`${EDU}/pass_sport/montant`]: {
    label: "Montant du Pass'Sport",
    description: "Montant de l'aide du Pass'Sport pour l'inscription dans un club sportif.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_minimum_profil_ars`]: {
    label: "Âge minimal, profil allocation de rentrée scolaire (Pass'Sport)",
    description: "Âge minimal, profil allocation de rentrée scolaire ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_ars`]: {
    label: "Âge maximal, profil allocation de rentrée scolaire (Pass'Sport)",
    description: "Âge maximal, profil allocation de rentrée scolaire ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_minimum_profil_aeeh`]: {
    label: "Âge minimal, profil allocation d'éducation de l'enfant handicapé (Pass'Sport)",
    description: "Âge minimal, profil allocation d'éducation de l'enfant handicapé ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_aeeh`]: {
    label: "Âge maximal, profil allocation d'éducation de l'enfant handicapé (Pass'Sport)",
    description: "Âge maximal, profil allocation d'éducation de l'enfant handicapé ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_minimum_profil_aah`]: {
    label: "Âge minimal, profil allocation aux adultes handicapés (Pass'Sport)",
    description: "Âge minimal, profil allocation aux adultes handicapés ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_aah`]: {
    label: "Âge maximal, profil allocation aux adultes handicapés (Pass'Sport)",
    description: "Âge maximal, profil allocation aux adultes handicapés ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_boursier`]: {
    label: "Âge maximal, profil étudiant boursier (Pass'Sport)",
    description: "Âge maximal, profil étudiant boursier ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/depart1825/montant_maximum`]: {
    label: "Aide maximale (Départ 18:25)",
    description: "Montant maximal pris en charge sur le séjour d'un jeune par le programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/age/minimum`]: {
    label: "Âge minimal (Départ 18:25)",
    description: "Âge à partir duquel un jeune peut bénéficier du programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/age/maximum`]: {
    label: "Âge maximal (Départ 18:25)",
    description: "Âge jusqu'auquel un jeune peut bénéficier du programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/plafond_ressources/base`]: {
    label: "Plafond de ressources pour une part (Départ 18:25)",
    description: "Revenu fiscal de référence maximal du foyer pour une part de quotient familial au programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/plafond_ressources/par_demi_part_supplementaire`]: {
    label: "Majoration du plafond par demi-part (Départ 18:25)",
    description: "Montant ajouté au plafond de ressources du programme Départ 18:25 pour chaque demi-part au-delà de la première part.",
    reference: depart1825Ref,
  },
  [`${EDU}/gratuite_musees_monuments/age_min`]: {
    label: "Âge minimal (gratuité des musées et monuments nationaux)",
    description: "Âge à partir duquel un résident de l'Union européenne entre gratuitement dans les musées et monuments nationaux.",
    reference: museesRef,
  },
  [`${EDU}/gratuite_musees_monuments/age_max`]: {
    label: "Âge maximal (gratuité des musées et monuments nationaux)",
    description: "Âge jusqu'auquel un résident de l'Union européenne entre gratuitement dans les musées et monuments nationaux.",
    reference: museesRef,
  },
  [`${EDU}/sante_psy/etudiant/seances_max`]: {
    label: "Séances prises en charge (santé psy étudiant)",
    description: "Nombre maximal de séances chez un psychologue prises en charge pour un étudiant par le dispositif santé psy étudiant.",
    reference: ref(
      "Code de la sécurité sociale, article L162-58 (séances d'accompagnement psychologique)",
      "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
    ),
  },
  [`${EDU}/garantie_pret_etudiant/age_max`]: {
    label: "Âge maximal (prêt étudiant garanti par l'État)",
    description: "Âge jusqu'auquel, inclus, un étudiant peut obtenir la garantie de l'État sur son prêt.",
    reference: pretEtudiantRef,
  },
  [`${EDU}/garantie_pret_etudiant/duree_min_residence_continue_annees`]: {
    label: "Durée de résidence en France d'un ressortissant de l'EEE (prêt étudiant garanti)",
    description:
      "Nombre d'années de résidence régulière et continue en France exigé d'un ressortissant de l'Espace économique européen pour la garantie de l'État sur son prêt étudiant.",
    reference: pretEtudiantRef,
  },
  [`${EDU}/garantie_pret_etudiant/montant_max`]: {
    label: "Montant maximal garanti (prêt étudiant)",
    description: "Montant maximal d'un prêt étudiant garanti par l'État.",
    reference: pretEtudiantRef,
  },
};
for (const zone of ZONES_ABC) {
  for (let n = 1; n <= 6; n++) {
    culture[`${BRS}/plafonds_par_zones/zone_${zone}/nb_personnes_${n}`] = {
      label: `Plafond de ressources du bail réel solidaire, zone ${zone}, ${n === 6 ? "six personnes ou plus" : n === 1 ? "une personne" : `${n} personnes`}`,
      description: `Revenu fiscal de référence maximal d'un ménage ${n === 6 ? "de six personnes ou plus" : n === 1 ? "d'une personne" : `de ${n} personnes`} en zone ${zone} pour accéder à un logement en bail réel solidaire.`,
    };
  }
  culture[`${BRS}/plafonds_par_zones/zone_${zone}/nb_personnes_supplementaires`] = {
    label: `Majoration par personne au-delà de six, zone ${zone} (bail réel solidaire)`,
    description: `Montant ajouté au plafond de ressources du bail réel solidaire en zone ${zone} pour chaque personne au-delà de la sixième.`,
  };
}

const mobiliJeuneRef = ref(
  "Code de la construction et de l'habitation, article L313-3 (emplois de la participation des employeurs à l'effort de construction)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074096",
);
const etudes: Record<string, ParameterWording> = {
  [`${EDU}/mobilite/mobili_jeune/age_maximum`]: {
    label: "Âge limite (aide Mobili-Jeune)",
    description: "Âge avant lequel un jeune en alternance peut obtenir l'aide Mobili-Jeune d'Action Logement.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/mobili_jeune/montant/minimum`]: {
    label: "Reste à charge minimal (aide Mobili-Jeune)",
    description: "Reste à charge mensuel du loyer, aides au logement déduites, au-dessous duquel l'aide Mobili-Jeune n'est pas versée.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/mobili_jeune/montant/maximum/autres_secteurs`]: {
    label: "Aide Mobili-Jeune maximale",
    description: "Montant mensuel maximal de l'aide Mobili-Jeune, hors secteur agricole.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/mobili_jeune/montant/maximum/secteur_agricole`]: {
    label: "Aide Mobili-Jeune maximale, secteur agricole",
    description: "Montant mensuel maximal de l'aide Mobili-Jeune d'un alternant d'une entreprise du secteur agricole.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/master/montant`]: {
    label: "Aide à la mobilité en master",
    description: "Montant de l'aide versée à l'étudiant boursier qui change de région académique pour sa première année de master.",
  },
  [`${EDU}/mobilite/parcoursup/montant`]: {
    label: "Aide à la mobilité Parcoursup",
    description: "Montant de l'aide versée au lycéen boursier qui s'inscrit dans une formation du supérieur hors de son académie.",
    reference: ref("Code de l'éducation, article L612-3 (accès aux formations du premier cycle)", CODE_EDUCATION),
  },
  [`${EDU}/alimentation/montant_repas_boursier`]: {
    label: "Prix du repas au restaurant universitaire, étudiant boursier",
    description: "Prix d'un repas au restaurant universitaire pour un étudiant boursier.",
  },
  [`${EDU}/alimentation/montant_repas_non_boursier`]: {
    label: "Prix du repas au restaurant universitaire, étudiant non boursier",
    description: "Prix d'un repas au restaurant universitaire pour un étudiant qui n'est pas boursier.",
  },
  [`${EDU}/carte_des_metiers/age_maximal`]: {
    label: "Âge avant lequel un alternant reçoit la carte d'étudiant des métiers",
    description: "Âge avant lequel un apprenti ou un jeune en contrat de professionnalisation reçoit la carte d'étudiant des métiers.",
    reference: ref(
      "Code du travail, article L6222-36-1 (carte d'étudiant des métiers)",
      "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
    ),
  },
};

export const jeunesCultureWordings: Readonly<Record<string, ParameterWording>> = { ...culture, ...etudes };
