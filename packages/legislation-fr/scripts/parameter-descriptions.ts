/**
 * Zéro's own wording for every parameter the French model imports.
 *
 * Values, dates and legal references come from OpenFisca-France (facts); the
 * descriptions and labels below are written for Zéro. Used only by
 * `import-parameters.ts`, never at runtime.
 */
import { aidesLogementNodeWordings, aidesLogementWordings } from "./parameter-descriptions-aides-logement.ts";
import { familleNodeWordings, familleParameterWordings } from "./parameter-descriptions-famille.ts";
import { minimaWordings } from "./parameter-descriptions-minima.ts";
import { cssNodeWordings, cssWordings } from "./parameter-descriptions-css.ts";
import { assNodeWordings, assWordings } from "./parameter-descriptions-ass.ts";
import { impotRevenuNodeWordings, impotRevenuWordings } from "./parameter-descriptions-impot-revenu.ts";
import { jeunesNodeWordings, jeunesWordings } from "./parameter-descriptions-jeunes.ts";
import { familleSuiteNodeWordings, familleSuiteWordings } from "./parameter-descriptions-famille-suite.ts";
import type { ParameterWording } from "./parameter-wording.ts";

export type { ParameterWording } from "./parameter-wording.ts";

const SMIC = "marche_travail/salaire_minimum/smic";
const PF = "prestations_sociales/prestations_familiales";
const AF = `${PF}/prestations_generales/af`;
const RSA = "prestations_sociales/solidarite_insertion/minima_sociaux/rsa";
const PPA = "prestations_sociales/solidarite_insertion/minima_sociaux/ppa";

export const parameterWordings: Readonly<Record<string, ParameterWording>> = {
  ...aidesLogementWordings,
  ...familleParameterWordings,
  ...minimaWordings,
  ...cssWordings,
  ...assWordings,
  ...impotRevenuWordings,
  ...jeunesWordings,
  ...familleSuiteWordings,
  // Salaire minimum
  [`${SMIC}/smic_b_horaire`]: {
    label: "SMIC horaire brut",
    description: "Salaire minimum interprofessionnel de croissance, par heure de travail, avant cotisations.",
  },
  [`${SMIC}/smic_b_mensuel`]: {
    label: "SMIC mensuel brut",
    description: "SMIC brut pour un mois de travail à temps plein (durée légale).",
  },
  [`${SMIC}/nb_heures_travail_mensuel`]: {
    label: "Heures mensuelles à temps plein",
    description: "Nombre d'heures d'un mois de travail à la durée légale, servant à passer du SMIC horaire au SMIC mensuel.",
  },

  // Prélèvements
  ["prelevements_sociaux/contributions_sociales/crds"]: {
    label: "Taux de CRDS",
    description:
      "Taux de la contribution au remboursement de la dette sociale, prélevée " +
      "notamment sur les prestations familiales et la prime d'activité.",
  },

  // Impôt sur le revenu : déduction forfaitaire de 10 % (revenus catégoriels servant aux prestations familiales)
  ["impot_revenu/calcul_revenus_imposables/deductions/abatpro/taux"]: {
    label: "Taux de la déduction de 10 %",
    description: "Taux de la déduction forfaitaire pour frais professionnels appliquée aux salaires imposables.",
  },
  ["impot_revenu/calcul_revenus_imposables/deductions/abatpro/min"]: {
    label: "Minimum de la déduction de 10 %",
    description: "Montant annuel minimal de la déduction forfaitaire pour frais professionnels, par salarié.",
  },
  ["impot_revenu/calcul_revenus_imposables/deductions/abatpro/max"]: {
    label: "Plafond de la déduction de 10 %",
    description: "Montant annuel maximal de la déduction forfaitaire pour frais professionnels, par salarié.",
  },

  // Épargne
  ["taxation_capital/epargne/livret_a/taux"]: {
    label: "Taux du livret A",
    description: "Taux d'intérêt annuel du livret A, qui sert aussi à évaluer le revenu de cette épargne dans les ressources du RSA.",
  },

  // Prestations familiales : socle commun
  [`${PF}/bmaf/bmaf`]: {
    label: "BMAF",
    description:
      "Base mensuelle de calcul des allocations familiales : montant de " +
      "référence dont la plupart des prestations familiales sont un pourcentage.",
  },
  [`${PF}/def_pac/enfants/age_minimal`]: {
    label: "Âge minimal de l'enfant",
    description: "Âge à partir duquel un enfant est pris en compte pour les prestations familiales.",
  },
  [`${PF}/def_pac/enfants/age_intermediaire`]: {
    label: "Fin de l'obligation scolaire",
    description: "Âge jusqu'auquel l'enfant est à charge sans autre condition (fin de l'obligation scolaire).",
  },
  [`${PF}/def_pac/enfants/age_limite`]: {
    label: "Âge limite de l'enfant",
    description: "Âge à partir duquel un enfant cesse d'ouvrir droit aux prestations familiales.",
  },
  [`${PF}/def_pac/age_maximal_personnes_charge`]: {
    label: "Âge maximal de la personne à charge",
    description: "Âge au-delà duquel une personne n'est plus un enfant à charge au sens des prestations familiales.",
  },
  [`${PF}/def_pac/revenu_plafond_pac_non_scolaire`]: {
    label: "Plafond de rémunération de l'enfant",
    description:
      "Rémunération mensuelle, en part du SMIC mensuel brut, au-delà " +
      "de laquelle un enfant qui a fini sa scolarité n'est plus à charge.",
  },

  // Allocations familiales : montants
  [`${AF}/af_cm/age1`]: {
    label: "Âge minimal (AF)",
    description: "Âge à partir duquel un enfant compte pour les allocations familiales.",
  },
  [`${AF}/af_cm/age2`]: {
    label: "Âge maximal (AF)",
    description: "Âge à partir duquel un enfant ne compte plus dans le nombre d'enfants ouvrant droit aux allocations familiales.",
  },
  [`${AF}/af_cm/age3`]: {
    label: "Âge maximal avec allocation forfaitaire",
    description: "Âge limite en tenant compte de l'allocation forfaitaire versée l'année des 20 ans.",
  },
  [`${AF}/af_cm/facteur_garde_alternee`]: {
    label: "Coefficient de garde alternée",
    description: "Part des allocations familiales retenue pour un enfant en résidence alternée chez chacun des parents.",
  },
  [`${AF}/af_cm/nb_enfants_min_pour_allocation`]: {
    label: "Nombre minimal d'enfants",
    description: "Nombre d'enfants à charge à partir duquel la famille a droit aux allocations familiales (hors DOM).",
  },
  [`${AF}/af_cm/taux/enf2`]: {
    label: "Taux pour le deuxième enfant",
    description: "Part de la BMAF versée au titre des deux premiers enfants à charge.",
  },
  [`${AF}/af_cm/taux/enf3`]: {
    label: "Taux par enfant à partir du troisième",
    description: "Part de la BMAF ajoutée pour chaque enfant à charge à partir du troisième.",
  },
  [`${AF}/af_cm/taux/nb_enf2`]: {
    label: "Rang du premier taux",
    description: "Nombre d'enfants à partir duquel le premier taux s'applique.",
  },
  [`${AF}/af_cm/taux/nb_enf3`]: {
    label: "Rang du second taux",
    description: "Rang de l'enfant à partir duquel chaque enfant supplémentaire ajoute le second taux.",
  },
  [`${AF}/af_cm/modulation/taux_tranche_1`]: {
    label: "Coefficient de modulation, tranche 1",
    description: "Coefficient appliqué aux allocations familiales quand les ressources ne dépassent pas le premier plafond.",
  },
  [`${AF}/af_cm/modulation/taux_tranche_2`]: {
    label: "Coefficient de modulation, tranche 2",
    description: "Coefficient appliqué aux allocations familiales quand les ressources sont entre le premier et le second plafond.",
  },
  [`${AF}/af_cm/modulation/taux_tranche_3`]: {
    label: "Coefficient de modulation, tranche 3",
    description: "Coefficient appliqué aux allocations familiales quand les ressources dépassent le second plafond.",
  },

  // Allocations familiales : plafonds de ressources (modulation depuis juillet 2015)
  [`${AF}/af_cond_ress/plafond_tranche_1_base`]: {
    label: "Premier plafond, sans majoration",
    description: "Premier plafond annuel de ressources de la modulation, avant majoration pour enfant à charge.",
  },
  [`${AF}/af_cond_ress/plafond_tranche_2_base`]: {
    label: "Second plafond, sans majoration",
    description: "Second plafond annuel de ressources de la modulation, avant majoration pour enfant à charge.",
  },
  [`${AF}/af_cond_ress/plafond_tranche_1`]: {
    label: "Premier plafond, deux enfants",
    description: "Premier plafond annuel de ressources de la modulation pour une famille de deux enfants (valeur publiée).",
  },
  [`${AF}/af_cond_ress/plafond_tranche_2`]: {
    label: "Second plafond, deux enfants",
    description: "Second plafond annuel de ressources de la modulation pour une famille de deux enfants (valeur publiée).",
  },
  [`${AF}/af_cond_ress/majoration_plafond_par_enfant_supplementaire`]: {
    label: "Majoration par enfant",
    description: "Montant ajouté aux plafonds de la modulation pour chaque enfant à charge.",
  },

  // Allocations familiales : majorations
  [`${AF}/af_maj/maj_age_deux_enfants/age1`]: {
    label: "Âge de la majoration",
    description: "Âge de l'enfant à partir duquel les allocations familiales sont majorées.",
  },
  [`${AF}/af_maj/maj_age_deux_enfants/age2`]: {
    label: "Âge de la seconde majoration",
    description: "Âge à partir duquel la majoration pour âge était portée à un taux plus élevé (supprimé en 2008).",
  },
  [`${AF}/af_maj/maj_age_deux_enfants/taux1`]: {
    label: "Taux de la majoration",
    description: "Part de la BMAF ajoutée pour chaque enfant ayant atteint l'âge de la majoration.",
  },
  [`${AF}/af_maj/maj_age_deux_enfants/taux2`]: {
    label: "Taux de la seconde majoration",
    description: "Part de la BMAF de la majoration pour les enfants ayant atteint le second âge (supprimé en 2008).",
  },
  [`${AF}/af_maj/majoration_enfants/allocation_forfaitaire/nb_enfants_min`]: {
    label: "Enfants requis pour l'allocation forfaitaire",
    description:
      "Nombre d'enfants (y compris celui qui atteint 20 ans) dont la famille doit avoir la charge pour percevoir l'allocation forfaitaire.",
  },
  [`${AF}/af_maj/majoration_enfants/allocation_forfaitaire/taux`]: {
    label: "Taux de l'allocation forfaitaire",
    description: "Part de la BMAF versée pendant un an pour un enfant qui atteint 20 ans dans une famille nombreuse.",
  },
  [`${AF}/af_maj/duree_majoration_plus_de_20_ans`]: {
    label: "Durée de l'allocation forfaitaire",
    description: "Durée, en années, du versement de l'allocation forfaitaire pour l'enfant de 20 ans.",
  },
  [`${AF}/af_maj/nb_enfants_min_pour_aine_donne_droit_a_majoration`]: {
    label: "Enfants requis pour majorer l'aîné",
    description: "Nombre d'enfants à charge à partir duquel l'aîné ouvre lui aussi droit à la majoration pour âge.",
  },
  [`${AF}/af_maj/nb_enfants_min_pour_majoration_forfaitaire_plus_20ans`]: {
    label: "Enfants requis (plus de 20 ans)",
    description: "Nombre d'enfants à partir duquel l'allocation forfaitaire de l'enfant de 20 ans est due.",
  },

  // Allocations familiales dans les départements d'outre-mer
  [`${AF}/af_maj_dom/allocations_familiales_un_enfant`]: {
    label: "AF pour un seul enfant (DOM)",
    description: "Part de la BMAF versée, dans les départements d'outre-mer, à une famille qui n'a qu'un enfant à charge.",
  },

  [`${AF}/af_maj_dom/majoration_premier_enfant/taux_tranche_1`]: {
    label: "Majoration de l'enfant unique, 1re tranche d'âge (DOM)",
    description: "Majoration pour âge, en part de la BMAF, de l'enfant unique d'une famille des DOM ayant atteint le premier âge.",
  },
  [`${AF}/af_maj_dom/majoration_premier_enfant/taux_tranche_2`]: {
    label: "Majoration de l'enfant unique, 2e tranche d'âge (DOM)",
    description: "Majoration pour âge, en part de la BMAF, de l'enfant unique d'une famille des DOM ayant atteint le second âge.",
  },
  [`${AF}/af_maj_dom/tranches_age/age_debut_premiere_tranche`]: {
    label: "Premier âge de majoration (DOM)",
    description: "Âge à partir duquel l'enfant unique d'une famille des DOM ouvre droit à la majoration pour âge.",
  },
  [`${AF}/af_maj_dom/tranches_age/age_debut_deuxieme_tranche`]: {
    label: "Second âge de majoration (DOM)",
    description: "Âge à partir duquel la majoration de l'enfant unique d'une famille des DOM passe au taux supérieur.",
  },
};

/** Node descriptions (index.yaml), also in Zéro's words. */
export const nodeWordings: Readonly<Record<string, string>> = {
  ...aidesLogementNodeWordings,
  ...familleNodeWordings,
  ...cssNodeWordings,
  ...assNodeWordings,
  ...impotRevenuNodeWordings,
  ...jeunesNodeWordings,
  ...familleSuiteNodeWordings,
  [PF]: "Prestations familiales (livre V du code de la sécurité sociale).",
  [`${AF}`]: "Allocations familiales (articles L521-1 et suivants du code de la sécurité sociale).",
  [RSA]: "Revenu de solidarité active (articles L262-1 et suivants du code de l'action sociale et des familles).",
  [PPA]: "Prime d'activité (articles L841-1 et suivants du code de la sécurité sociale).",
  [SMIC]: "Salaire minimum interprofessionnel de croissance (articles L3231-1 et suivants du code du travail).",
};
