/**
 * Zéro's own wording for the parameters of the minima sociaux the model computes: the RSA
 * (its farmers' rules until 2016), the ASPA and the prime d'activité. Values, dates and legal
 * references come from OpenFisca-France (facts); the descriptions and labels are written for
 * Zéro. Used only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at
 * runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const RSA = "prestations_sociales/solidarite_insertion/minima_sociaux/rsa";
const PPA = "prestations_sociales/solidarite_insertion/minima_sociaux/ppa";
const ASPA = "prestations_sociales/solidarite_insertion/minimum_vieillesse/aspa";

const EXPLOITANTS_AGRICOLES = [
  {
    title: "Code de l'action sociale et des familles, article R262-19 (exploitants agricoles, version antérieure à 2017)",
    href: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069",
    since: "2009-06-01",
  },
];

export const minimaWordings: Readonly<Record<string, ParameterWording>> = {
  // RSA : exploitants agricoles (jusqu'en 2016)
  [`${RSA}/exploitant_agricole/plafond_rsa`]: {
    reference: EXPLOITANTS_AGRICOLES,
    label: "Plafond de bénéfice agricole",
    description:
      "Bénéfice agricole annuel, en nombre de SMIC horaires bruts, au-delà " +
      "duquel un exploitant agricole seul ne peut pas recevoir le RSA.",
  },
  [`${RSA}/exploitant_agricole/maj_2p`]: {
    reference: EXPLOITANTS_AGRICOLES,
    label: "Majoration du plafond, 2e personne",
    description: "Majoration du plafond de bénéfice agricole pour la deuxième personne du foyer.",
  },
  [`${RSA}/exploitant_agricole/maj_1e_2ad`]: {
    reference: EXPLOITANTS_AGRICOLES,
    label: "Majoration du plafond, 1er enfant d'un couple",
    description: "Majoration du plafond de bénéfice agricole pour le premier enfant d'un couple.",
  },
  [`${RSA}/exploitant_agricole/maj_e_sup`]: {
    reference: EXPLOITANTS_AGRICOLES,
    label: "Majoration du plafond, enfant suivant",
    description: "Majoration du plafond de bénéfice agricole pour chaque autre enfant.",
  },

  // Minimum vieillesse
  ["prestations_sociales/solidarite_insertion/minimum_vieillesse/aspa/age_min"]: {
    label: "Âge de l'ASPA",
    description:
      "Âge à partir duquel on peut demander l'allocation de solidarité aux personnes âgées, prestation à faire valoir avant le RSA.",
  },
  [`${ASPA}/abattement_forfaitaire/personnes_seules`]: {
    label: "Abattement sur les revenus d'activité (personne seule)",
    description:
      "Part du SMIC mensuel brut retirée des revenus d'activité du trimestre de " +
      "référence d'une personne seule avant de les comparer au plafond de l'ASPA.",
  },
  [`${ASPA}/abattement_forfaitaire/couples`]: {
    label: "Abattement sur les revenus d'activité (couple)",
    description:
      "Part du SMIC mensuel brut retirée des revenus d'activité du trimestre de référence de chaque membre d'un couple pour l'ASPA.",
  },
  [`${ASPA}/montant_maximum_annuel/personnes_seules`]: {
    label: "Montant maximal annuel (personne seule)",
    description: "ASPA annuelle la plus haute pour une personne seule, ou pour le seul bénéficiaire d'un couple.",
  },
  [`${ASPA}/montant_maximum_annuel/couples`]: {
    label: "Montant maximal annuel (couple)",
    description: "ASPA annuelle la plus haute pour un couple dont les deux membres sont bénéficiaires.",
  },
  [`${ASPA}/plafond_ressources/personnes_seules`]: {
    label: "Plafond de ressources annuel (personne seule)",
    description: "Ressources annuelles, ASPA comprise, qu'une personne seule ne peut dépasser.",
  },
  [`${ASPA}/plafond_ressources/couples`]: {
    label: "Plafond de ressources annuel (couple)",
    description: "Ressources annuelles du couple, ASPA comprise, à ne pas dépasser, qu'un seul ou les deux membres soient bénéficiaires.",
  },
  [`${ASPA}/duree_min_titre_sejour`]: {
    label: "Ancienneté du titre de séjour",
    description: "Nombre d'années de titre de séjour autorisant à travailler exigé d'un étranger hors EEE et Suisse pour l'ASPA.",
  },
  [`${ASPA}/taux_incapacite_aspa_anticipe`]: {
    label: "Incapacité ouvrant l'ASPA à l'âge légal",
    description:
      "Taux d'incapacité à partir duquel l'ASPA peut être demandée dès " +
      "l'âge légal de la retraite, comme pour une personne inapte au travail.",
  },

  // RSA : conditions
  [`${RSA}/rsa_cond/age_minimum_allocataire`]: {
    label: "Âge minimal",
    description: "Âge à partir duquel une personne sans enfant peut demander le RSA.",
  },
  [`${RSA}/rsa_cond/age_min_rsa_jeune`]: {
    label: "Âge minimal du RSA jeune actif",
    description: "Âge à partir duquel un jeune actif peut prétendre au RSA jeune.",
  },
  [`${RSA}/rsa_cond/age_max_rsa_jeune`]: {
    label: "Âge maximal du RSA jeune actif",
    description: "Âge jusqu'auquel s'applique le régime du RSA jeune actif.",
  },
  [`${RSA}/rsa_cond/rsa_jeune_en_heure`]: {
    label: "Activité requise pour le RSA jeune",
    description:
      "Nombre d'heures de travail à avoir accomplies sur les trois années précédentes pour le RSA jeune actif (deux ans d'activité).",
  },
  [`${RSA}/rsa_cond/age_pac`]: {
    label: "Âge maximal de l'enfant à charge",
    description: "Âge en dessous duquel une personne peut être un enfant à charge du foyer RSA.",
  },
  [`${RSA}/rsa_cond/nombre_minimal_enfants`]: {
    label: "Enfants pour lever la condition d'âge",
    description: "Nombre d'enfants, nés ou à naître, qui permet de demander le RSA avant l'âge minimal.",
  },
  [`${RSA}/rsa_cond/duree_min_titre_sejour/eee`]: {
    label: "Résidence préalable (EEE)",
    description: "Durée de résidence, en années, exigée d'un ressortissant de l'Espace économique européen non actif.",
  },
  [`${RSA}/rsa_cond/duree_min_titre_sejour/non_eee`]: {
    label: "Titre de séjour préalable (hors EEE)",
    description: "Durée, en années, de détention d'un titre de séjour autorisant à travailler exigée d'un étranger hors EEE.",
  },
  [`${RSA}/rsa_cond/majoration_isolement/age_limite_enfant`]: {
    label: "Âge du plus jeune enfant (majoration)",
    description: "Âge du plus jeune enfant jusqu'auquel la majoration pour isolement est maintenue.",
  },
  [`${RSA}/rsa_cond/majoration_isolement/duree_du_droit`]: {
    label: "Durée de la majoration pour isolement",
    description:
      "Nombre de mois pendant lesquels la majoration pour isolement est due après la séparation, quand l'enfant a plus de 3 ans.",
  },
  [`${RSA}/rsa_cond/patrimoine/abattement_valeur_locative_immo_non_loue`]: {
    label: "Revenu fictif des immeubles bâtis",
    description: "Part de la valeur locative d'un bien bâti non loué retenue comme ressource.",
  },
  [`${RSA}/rsa_cond/patrimoine/abattement_valeur_locative_terrains_non_loues`]: {
    label: "Revenu fictif des terrains",
    description: "Part de la valeur locative d'un terrain non loué retenue comme ressource.",
  },
  [`${RSA}/rsa_cond/patrimoine/taux_interet_forfaitaire_epargne_non_imposable`]: {
    label: "Revenu fictif de l'épargne",
    description: "Taux annuel appliqué aux capitaux non productifs de revenus pour évaluer une ressource.",
  },

  // RSA : montants
  [`${RSA}/rsa_m/montant_de_base_du_rsa`]: {
    label: "Montant forfaitaire du RSA",
    description: "Montant forfaitaire mensuel du RSA pour une personne seule sans enfant, base de toutes les majorations.",
  },
  [`${RSA}/rsa_m/pente`]: {
    label: "Pente du RSA activité",
    description: "Part des revenus d'activité ajoutée au montant forfaitaire (RSA activité, jusqu'à la création de la prime d'activité).",
  },
  [`${RSA}/rsa_maj/majoration_ressources_revenus_activite`]: {
    label: "Part des revenus d'activité ajoutée",
    description: "Part des revenus professionnels ajoutée au montant forfaitaire pour le RSA activité (jusqu'en 2015).",
  },
  [`${RSA}/rsa_maj/montant_minimum_verse`]: {
    label: "Seuil de versement",
    description: "Montant mensuel en dessous duquel le RSA n'est pas versé.",
  },
  [`${RSA}/rsa_maj/maj_montant_max/couples_celibataire_avec_enfant`]: {
    label: "Majoration deuxième personne",
    description:
      "Majoration du montant forfaitaire, en part de celui-ci, pour la deuxième " +
      "personne du foyer (conjoint ou premier enfant d'une personne seule).",
  },
  [`${RSA}/rsa_maj/maj_montant_max/couple_1_enfant_ou_2e_enfant`]: {
    label: "Majoration troisième personne",
    description: "Majoration, en part du montant forfaitaire, pour la troisième personne du foyer.",
  },
  [`${RSA}/rsa_maj/maj_montant_max/par_enfant_supplementaire`]: {
    label: "Majoration par personne suivante",
    description: "Majoration, en part du montant forfaitaire, pour chaque personne à charge au-delà de la troisième personne du foyer.",
  },
  [`${RSA}/rsa_maj/majoration_isolement_en_base_rsa/femmes_enceintes`]: {
    label: "RSA majoré : femme enceinte",
    description: "Montant du RSA majoré pour une personne isolée enceinte, en multiple du montant forfaitaire.",
  },
  [`${RSA}/rsa_maj/majoration_isolement_en_base_rsa/par_enfant_a_charge`]: {
    label: "RSA majoré : par enfant",
    description: "Montant ajouté au RSA majoré pour chaque enfant à charge, en multiple du montant forfaitaire.",
  },
  [`${RSA}/rsa_maj/majoration_isolement_en_base_rsa/age_limite_enfant`]: {
    label: "RSA majoré : âge de l'enfant",
    description: "Âge du plus jeune enfant jusqu'auquel le parent isolé garde le RSA majoré.",
  },
  [`${RSA}/rsa_maj/forfait_asf/taux1`]: {
    label: "Forfait ASF, enfant orphelin des deux parents",
    description:
      "Montant retenu par enfant dans les ressources du RSA, en part de la BMAF, quand " +
      "l'allocation de soutien familial est due pour un enfant privé de ses deux parents.",
  },
  [`${RSA}/rsa_maj/forfait_asf/taux2`]: {
    label: "Forfait ASF, un parent manquant",
    description:
      "Montant retenu par enfant dans les ressources du RSA, en part de la BMAF, quand l'allocation " +
      "de soutien familial est due parce qu'un parent manque ou ne verse pas de pension alimentaire.",
  },
  [`${RSA}/rsa_fl/forfait_logement/taux_1_personne`]: {
    label: "Forfait logement, 1 personne",
    description: "Forfait logement du RSA pour un foyer d'une personne, en part du montant forfaitaire de base.",
  },
  [`${RSA}/rsa_fl/forfait_logement/taux_2_personnes`]: {
    label: "Forfait logement, 2 personnes",
    description: "Forfait logement du RSA pour un foyer de deux personnes, en part du montant forfaitaire de base.",
  },
  [`${RSA}/rsa_fl/forfait_logement/taux_3_personnes_ou_plus`]: {
    label: "Forfait logement, 3 personnes ou plus",
    description: "Forfait logement du RSA pour un foyer de trois personnes ou plus, en part du montant forfaitaire de base.",
  },

  // Prime d'activité
  [`${PPA}/pa_cond/age_min`]: { label: "Âge minimal", description: "Âge à partir duquel on peut demander la prime d'activité." },
  [`${PPA}/pa_cond/seuil_aah_activite`]: {
    label: "Seuil d'activité des bénéficiaires de l'AAH",
    description: "Revenu professionnel mensuel, en multiple du SMIC horaire brut, au-delà duquel l'AAH compte comme revenu d'activité.",
  },
  [`${PPA}/pa_fl/taux_forfait_logement/foyer_1_personne`]: {
    label: "Forfait logement, 1 personne",
    description: "Forfait logement de la prime d'activité pour un foyer d'une personne, en part du montant forfaitaire de base.",
  },
  [`${PPA}/pa_fl/taux_forfait_logement/foyer_2_personnes`]: {
    label: "Forfait logement, 2 personnes",
    description: "Forfait logement de la prime d'activité pour un foyer de deux personnes, en part du montant forfaitaire de base.",
  },
  [`${PPA}/pa_fl/taux_forfait_logement/foyer_3_personnes`]: {
    label: "Forfait logement, 3 personnes ou plus",
    description:
      "Forfait logement de la prime d'activité pour un foyer de trois personnes ou plus, en part du montant forfaitaire de base.",
  },
  [`${PPA}/pa_m/montant_de_base`]: {
    label: "Montant forfaitaire",
    description: "Montant forfaitaire mensuel de la prime d'activité pour une personne seule sans enfant.",
  },
  [`${PPA}/pa_m/majoration_ressources_revenus_activite`]: {
    label: "Pente",
    description: "Part des revenus professionnels du foyer ajoutée au montant forfaitaire.",
  },
  [`${PPA}/pa_m/montant_minimum_verse`]: {
    label: "Seuil de versement",
    description: "Montant mensuel en dessous duquel la prime d'activité n'est pas versée.",
  },
  [`${PPA}/pa_m/bonification/seuil_bonification`]: {
    label: "Début de la bonification",
    description: "Revenu professionnel mensuel, en multiple du SMIC horaire brut, à partir duquel la bonification individuelle commence.",
  },
  [`${PPA}/pa_m/bonification/seuil_max_bonification`]: {
    label: "Plein de la bonification",
    description:
      "Revenu professionnel mensuel, en multiple du SMIC horaire brut, à partir duquel la bonification individuelle est maximale.",
  },
  [`${PPA}/pa_m/bonification/taux_bonification_max`]: {
    label: "Bonification maximale",
    description: "Bonification individuelle maximale, en part du montant forfaitaire.",
  },
  [`${PPA}/pa_m/majoration_montant_maximal/couples_seul_avec_enfant`]: {
    label: "Majoration deuxième personne",
    description: "Majoration du montant forfaitaire pour la deuxième personne du foyer, en part de celui-ci.",
  },
  [`${PPA}/pa_m/majoration_montant_maximal/couple_1_enfant_2e_enfant`]: {
    label: "Majoration troisième personne",
    description: "Majoration du montant forfaitaire pour la troisième personne du foyer, en part de celui-ci.",
  },
  [`${PPA}/pa_m/majoration_montant_maximal/par_enfant_supplementaire`]: {
    label: "Majoration par personne suivante",
    description: "Majoration du montant forfaitaire pour chaque personne à charge au-delà de la troisième, en part de celui-ci.",
  },
  [`${PPA}/pa_m/majoration_isolement/femmes_enceintes`]: {
    label: "Majoration isolement : femme enceinte",
    description: "Montant forfaitaire majoré d'une personne isolée enceinte, en multiple du montant forfaitaire.",
  },
  [`${PPA}/pa_m/majoration_isolement/par_enfant_charge`]: {
    label: "Majoration isolement : par enfant",
    description: "Montant ajouté au forfait majoré pour chaque enfant à charge d'un parent isolé, en multiple du montant forfaitaire.",
  },
};
