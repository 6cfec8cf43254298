/**
 * Zéro's own wording for the parameters of higher education grants, social housing, the students' food aid, the contrat d'engagement jeune and the livret d'épargne populaire. Values, dates and legal references come
 * from OpenFisca-France (facts). Merged into `jeunesWordings` (parameter-descriptions-jeunes.ts);
 * used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { CODE_EDUCATION, EDU, ref } from "./parameter-descriptions-jeunes-paths.ts";

const SUP = `${EDU}/bourses/enseignement_superieur`;
export const BCS = `${SUP}/criteres_sociaux`;
const circulaireBcs = ref(
  "Code de l'éducation, articles L821-1 et D821-1 (bourses sur critères sociaux) ; circulaire n° 2020-0024 du 8 juin 2020 (ESRS2013435C)",
  CODE_EDUCATION,
);
const superieur: Record<string, ParameterWording> = {
  [`${BCS}/age_maximum`]: {
    label: "Âge limite à la première demande (bourse sur critères sociaux)",
    description: "Âge jusqu'auquel un étudiant peut obtenir une bourse sur critères sociaux, reculé d'un an par enfant qu'il élève.",
    reference: circulaireBcs,
  },
  [`${BCS}/seuil_ressources_etudiant_autonome`]: {
    label: "Ressources d'un étudiant en couple autonome, en SMIC net (bourse sur critères sociaux)",
    description:
      "Part du SMIC net mensuel à partir de laquelle les ressources d'un étudiant marié ou pacsé le font juger sur ses propres revenus pour la bourse sur critères sociaux.",
    reference: circulaireBcs,
  },
  [`${BCS}/nombre_mensualites`]: {
    label: "Nombre de mensualités (bourse sur critères sociaux)",
    description: "Nombre de mensualités de la bourse sur critères sociaux versées dans l'année universitaire.",
    reference: circulaireBcs,
  },
  [`${BCS}/points_de_charge/charges_familiales/par_enfant_a_charge`]: {
    label: "Points de charge par autre enfant à charge (bourse sur critères sociaux)",
    description:
      "Points de charge comptés pour chaque enfant à charge de la famille, autre que l'étudiant, qui n'est pas dans l'enseignement supérieur.",
  },
  [`${BCS}/points_de_charge/charges_familiales/par_enfant_etudiant`]: {
    label: "Points de charge par autre enfant étudiant (bourse sur critères sociaux)",
    description:
      "Points de charge comptés pour chaque enfant à charge de la famille, autre que l'étudiant, inscrit dans l'enseignement supérieur.",
  },
  [`${SUP}/aide_merite/montant_annuel`]: {
    label: "Montant annuel de l'aide au mérite",
    description: "Montant annuel de l'aide au mérite versée à un étudiant boursier bachelier avec mention très bien.",
    reference: ref("Code de l'éducation, articles D821-2 et suivants (aide au mérite)", CODE_EDUCATION),
  },
};

export const LS = "prestations_sociales/aides_logement/logement_social/plai/plafond_ressources";
const ZONES_LS = {
  paris_communes_limitrophes: "à Paris et dans les communes limitrophes",
  ile_de_france: "dans le reste de l'Île-de-France",
  autres_regions: "dans les autres régions",
} as const;
const CATEGORIES_LS = [
  "une personne seule",
  "deux personnes sans personne à charge (hors jeune ménage)",
  "trois personnes, une personne seule avec une personne à charge ou un jeune ménage",
  "quatre personnes ou une personne seule avec deux personnes à charge",
  "cinq personnes ou une personne seule avec trois personnes à charge",
  "six personnes ou une personne seule avec quatre personnes à charge",
] as const;
export const AAE = "prestations_sociales/alimentation/aide_alimentation_etudiants_eloignes";
const logementSocialEtAlimentation: Record<string, ParameterWording> = {
  [`${AAE}/montant_etudiant_standard_boursier`]: {
    label: "Aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire",
    description: "Montant de l'aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire, en métropole.",
  },
  [`${AAE}/montant_etudiant_standard_non_boursier`]: {
    label: "Aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire",
    description: "Montant de l'aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire, en métropole.",
  },
  [`${AAE}/montant_etudiant_drom_boursier`]: {
    label: "Aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire, outre-mer",
    description:
      "Montant majoré de l'aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire, dans les départements et régions d'outre-mer.",
  },
  [`${AAE}/montant_etudiant_drom_non_boursier`]: {
    label: "Aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire, outre-mer",
    description:
      "Montant majoré de l'aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire, dans les départements et régions d'outre-mer.",
  },
};
for (const [zone, lieu] of Object.entries(ZONES_LS)) {
  logementSocialEtAlimentation[`${LS}/par_personne_supplementaire/${zone}`] = {
    label: `Majoration par personne à charge au-delà de quatre, logement social ${lieu}`,
    description: `Montant ajouté au plafond de ressources du logement social très social (PLAI) ${lieu} pour chaque personne à charge au-delà de la quatrième.`,
  };
  CATEGORIES_LS.forEach((categorie, k) => {
    logementSocialEtAlimentation[`${LS}/par_categorie_de_menage/categorie_${k + 1}/${zone}`] = {
      label: `Plafond de ressources du logement social, catégorie ${k + 1}, ${lieu}`,
      description: `Revenu fiscal de référence maximal d'un ménage de catégorie ${k + 1} (${categorie}) pour un logement social très social (PLAI) ${lieu}.`,
    };
  });
}

const CEJ = `${EDU}/contrat_engagement_jeune`;
const contratEngagementJeune: Record<string, ParameterWording> = {
  [`${CEJ}/critere_age/minimum`]: {
    label: "Âge minimal (contrat d'engagement jeune)",
    description: "Âge à partir duquel un jeune peut signer un contrat d'engagement jeune.",
  },
  [`${CEJ}/critere_age/maximum`]: {
    label: "Âge maximal (contrat d'engagement jeune)",
    description: "Âge jusqu'auquel un jeune peut signer un contrat d'engagement jeune.",
  },
  [`${CEJ}/critere_age/maximum_handicap`]: {
    label: "Âge maximal d'un jeune handicapé (contrat d'engagement jeune)",
    description: "Âge jusqu'auquel un jeune reconnu handicapé peut signer un contrat d'engagement jeune.",
  },
  [`${CEJ}/degressivite/abattement_deductibilite_partielle`]: {
    label: "Revenus d'activité sans effet sur l'allocation (contrat d'engagement jeune)",
    description: "Revenus d'activité mensuels en deçà desquels l'allocation du contrat d'engagement jeune n'est pas réduite.",
  },
  [`${CEJ}/degressivite/part_smic_deductibilite_partielle`]: {
    label: "Revenus d'activité annulant l'allocation, en SMIC brut (contrat d'engagement jeune)",
    description: "Part du SMIC brut mensuel à laquelle les revenus d'activité annulent l'allocation du contrat d'engagement jeune.",
  },
  [`${CEJ}/montants/montant_mineurs`]: {
    label: "Allocation d'un mineur (contrat d'engagement jeune)",
    description: "Montant mensuel maximal de l'allocation du contrat d'engagement jeune d'un mineur.",
  },
  [`${CEJ}/montants/montant_majeurs_non_imposables`]: {
    label: "Allocation d'un majeur d'un foyer non imposable (contrat d'engagement jeune)",
    description:
      "Montant mensuel maximal de l'allocation du contrat d'engagement jeune d'un majeur dont le foyer fiscal n'est pas imposable.",
  },
  [`${CEJ}/montants/montant_majeurs_1ere_tranche_ir`]: {
    label: "Allocation d'un majeur d'un foyer imposé dans la première tranche (contrat d'engagement jeune)",
    description:
      "Montant mensuel maximal de l'allocation du contrat d'engagement jeune d'un majeur dont le foyer fiscal est imposé dans la première tranche du barème.",
  },
};

export const LEP = "taxation_capital/epargne/livret_epargne_populaire";
export const TERRITOIRES_LEP = {
  metropole: "en métropole",
  guadeloupe: "en Guadeloupe",
  guyane: "en Guyane",
  la_reunion: "à La Réunion",
  martinique: "en Martinique",
  martinique_guadeloupe_la_reunion: "en Martinique, en Guadeloupe et à La Réunion (barème commun)",
  mayotte: "à Mayotte",
  saint_bartelemy: "à Saint-Barthélemy",
  saint_martin: "à Saint-Martin",
  saint_pierre_et_miquelon: "à Saint-Pierre-et-Miquelon",
  non_renseigne: "quand le territoire n'est pas connu",
} as const;
const epargne: Record<string, ParameterWording> = {
  [`${LEP}/taux`]: {
    label: "Taux du livret d'épargne populaire",
    description: "Taux d'intérêt annuel du livret d'épargne populaire.",
  },
  [`${LEP}/coefficient_multiplicateur`]: {
    label: "Coefficient des plafonds du livret d'épargne populaire",
    description:
      "Coefficient appliqué aux limites de revenu de l'article 1417 du code général des impôts pour le plafond de revenu du livret d'épargne populaire.",
  },
  "taxation_capital/epargne/livret_a/majoration_base": {
    label: "Majoration du taux du livret A pour le livret d'épargne populaire",
    description: "Points ajoutés au taux du livret A pour le taux du livret d'épargne populaire, jusqu'en juillet 2023.",
    reference: ref(
      "Code monétaire et financier, article L221-16 (taux du livret d'épargne populaire)",
      "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026",
    ),
  },
  "taxation_capital/epargne/taux_inflation": {
    label: "Taux d'inflation retenu pour l'épargne réglementée",
    description: "Taux d'inflation plancher du taux du livret d'épargne populaire, jusqu'en juillet 2023.",
  },
};
for (const [territoire, lieu] of Object.entries(TERRITOIRES_LEP)) {
  epargne[`${LEP}/baremes/${territoire}/valeur_de_base`] = {
    label: `Limite de revenu pour une part, livret d'épargne populaire, ${territoire.replace(/_/g, " ")}`,
    description: `Limite de revenu de la première part de quotient familial ${lieu} (CGI art. 1417, I), avant le coefficient du livret d'épargne populaire.`,
  };
  epargne[`${LEP}/baremes/${territoire}/premiere_demi_part`] = {
    label: `Majoration de la première demi-part, livret d'épargne populaire, ${territoire.replace(/_/g, " ")}`,
    description: `Majoration de la limite de revenu pour la première demi-part au-delà d'une part ${lieu} (CGI art. 1417, I).`,
  };
  epargne[`${LEP}/baremes/${territoire}/demi_part_supplementaire`] = {
    label: `Majoration par demi-part supplémentaire, livret d'épargne populaire, ${territoire.replace(/_/g, " ")}`,
    description: `Majoration de la limite de revenu pour chaque demi-part au-delà d'une part et demie ${lieu} (CGI art. 1417, I).`,
  };
}

export const jeunesSuperieurWordings: Readonly<Record<string, ParameterWording>> = {
  ...epargne,
  ...contratEngagementJeune,
  ...logementSocialEtAlimentation,
  ...superieur,
};
