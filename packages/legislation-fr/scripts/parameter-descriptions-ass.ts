/**
 * Zéro's own wording for the parameters of the allocation de solidarité spécifique, AAH, CAAH, MVA and ASI. Values, dates and
 * legal references come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const ASS = "chomage/allocations_assurance_chomage/ass";
const INVALIDITE = "prestations_sociales/prestations_etat_de_sante/invalidite";
const AAH = `${INVALIDITE}/aah`;
const CAAH = `${INVALIDITE}/caah`;
const ASI = `${INVALIDITE}/asi`;

export const assWordings: Readonly<Record<string, ParameterWording>> = {
  // Allocation de solidarité spécifique (code du travail, art. L5423-1 et suivants, R5423-1 et suivants)
  [`${ASS}/montant_plein`]: {
    label: "Montant journalier de l'ASS",
    description: "Montant journalier à taux plein de l'allocation de solidarité spécifique ; l'allocation du mois en compte trente.",
  },
  [`${ASS}/montant_plein_mayotte`]: {
    label: "Montant journalier de l'ASS à Mayotte",
    description: "Montant journalier à taux plein de l'allocation de solidarité spécifique pour une personne résidant à Mayotte.",
  },
  [`${ASS}/plaf_seul`]: {
    label: "Plafond de ressources, personne seule (en jours d'allocation)",
    description:
      "Nombre de montants journaliers à taux plein formant le plafond mensuel de ressources d'une personne seule " +
      "pour l'allocation de solidarité spécifique.",
  },
  [`${ASS}/plaf_coup`]: {
    label: "Plafond de ressources, couple (en jours d'allocation)",
    description:
      "Nombre de montants journaliers à taux plein formant le plafond mensuel de ressources d'un couple " +
      "pour l'allocation de solidarité spécifique.",
  },
  [`${ASS}/age_max`]: {
    label: "Âge limite de l'ASS (en mois)",
    description: "Âge, en mois, au-delà duquel on ne peut plus recevoir l'allocation de solidarité spécifique.",
  },
  [`${ASS}/abat_rev_subst_conj`]: {
    label: "Abattement sur un revenu interrompu et remplacé",
    description:
      "Part retirée d'un revenu des douze derniers mois qui n'est plus perçu, quand un revenu de remplacement " +
      "(chômage, indemnités journalières, retraite) lui succède, pour l'allocation de solidarité spécifique.",
  },
  [`${ASS}/abat_rev_non_subst_conj`]: {
    label: "Abattement sur un revenu interrompu sans remplacement",
    description:
      "Part retirée d'un revenu des douze derniers mois qui n'est plus perçu, sans revenu de remplacement, " +
      "pour l'allocation de solidarité spécifique.",
  },

  // AAH : réduction pendant une hospitalisation ou une incarcération, complément de ressources
  [`${AAH}/pourcentage_aah/prison_hospitalisation`]: {
    label: "AAH maintenue après 60 jours d'hospitalisation ou d'incarcération",
    description:
      "Part de l'allocation aux adultes handicapés qui reste versée à partir du soixante et unième jour " +
      "d'hospitalisation, d'hébergement en maison d'accueil spécialisée ou d'incarcération, sans personne à charge.",
  },
  [`${AAH}/taux_capacite/taux_capacite_travail`]: {
    label: "Capacité de travail maximale pour le complément de ressources",
    description: "Capacité de travail en dessous de laquelle une personne recevant l'AAH peut avoir le complément de ressources.",
  },
  [`${CAAH}/garantie_ressources`]: {
    label: "Garantie de ressources des personnes handicapées",
    description:
      "Montant mensuel garanti, AAH comprise, à une personne handicapée qui ne peut pas travailler ; le " +
      "complément de ressources en est la différence avec le montant de l'AAH.",
  },
  [`${CAAH}/majoration_vie_autonome`]: {
    label: "Majoration pour la vie autonome",
    description:
      "Montant mensuel de la majoration pour la vie autonome, versée à une personne recevant l'AAH qui vit " +
      "dans un logement indépendant et reçoit une aide au logement.",
  },
  [`${CAAH}/taux_montant_complement_ressources`]: {
    label: "Complément d'AAH en part de l'AAH (jusqu'en 2005)",
    description:
      "Part du montant de l'AAH formant le complément d'allocation d'une personne handicapée vivant dans un " +
      "logement indépendant, avant la garantie de ressources de 2005.",
  },

  // Allocation supplémentaire d'invalidité (CSS art. L815-24, D815-19 et suivants)
  [`${ASI}/montant_seul`]: {
    label: "Montant annuel maximal de l'ASI, personne seule",
    description: "Montant annuel maximal de l'allocation supplémentaire d'invalidité d'un allocataire seul.",
  },
  [`${ASI}/montant_couple`]: {
    label: "Montant annuel maximal de l'ASI, deux allocataires mariés",
    description: "Montant annuel maximal de l'allocation supplémentaire d'invalidité de deux époux qui la reçoivent tous deux.",
  },
  [`${ASI}/plafond_ressource_seul`]: {
    label: "Plafond de ressources de l'ASI, personne seule",
    description: "Ressources annuelles, allocation comprise, au-delà desquelles une personne seule n'a pas droit à l'ASI.",
  },
  [`${ASI}/plafond_ressource_couple`]: {
    label: "Plafond de ressources de l'ASI, couple",
    description: "Ressources annuelles d'un couple, allocation comprise, au-delà desquelles il n'a pas droit à l'ASI.",
  },
};

/** Node descriptions (index.yaml). */
export const assNodeWordings: Readonly<Record<string, string>> = {
  chomage: "Allocations chômage.",
  "chomage/allocations_assurance_chomage": "Allocations versées aux demandeurs d'emploi.",
  [ASS]: "Allocation de solidarité spécifique (articles L5423-1 et suivants du code du travail).",
  [`${AAH}/pourcentage_aah`]:
    "Part de l'AAH maintenue pendant une hospitalisation ou une incarcération (article R821-8 du code de la sécurité sociale).",
  [CAAH]: "Compléments de l'allocation aux adultes handicapés (articles L821-1-1 et L821-1-2 du code de la sécurité sociale).",
  [ASI]: "Allocation supplémentaire d'invalidité (articles L815-24 et suivants du code de la sécurité sociale).",
};
