/**
 * Zéro's own wording for the parameters of the PAJE (allocation de base), the complément
 * familial, the allocation de soutien familial and the biactivity floor of the
 * prestations familiales. Values, dates and legal references come from OpenFisca-France
 * (facts); the descriptions and labels are written for Zéro. Used only by
 * `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const PF = "prestations_sociales/prestations_familiales";
const PAJE = `${PF}/petite_enfance/paje`;
const PLAF = `${PAJE}/paje_plaf`;
const CF = `${PF}/prestations_generales/cf`;
const ASF = `${PF}/education_presence_parentale/asf`;
const AAH = "prestations_sociales/prestations_etat_de_sante/invalidite/aah";

const CSS_R522_2 = [
  {
    title: "Code de la sécurité sociale, article R522-2 (biactivité : revenu professionnel minimal de chaque membre du couple)",
    href: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046499019",
  },
];

export const familleParameterWordings: Readonly<Record<string, ParameterWording>> = {
  // Biactivité (majoration des plafonds pour les couples à deux revenus)
  [`${PF}/def_biactif/revenu_professionnel_plancher_couples_biactifs/en_nombre_fois_bmaf`]: {
    label: "Revenu plancher d'un actif (en BMAF)",
    description:
      "Revenu professionnel annuel minimal, en nombre de BMAF, pour que chaque membre " +
      "d'un couple compte comme actif (plafonds majorés des couples à deux revenus).",
    reference: CSS_R522_2,
  },
  [`${PF}/def_biactif/revenu_professionnel_plancher_couples_biactifs/en_pourcentage_pss`]: {
    label: "Revenu plancher d'un actif (en PSS annuel)",
    description:
      "Revenu professionnel annuel minimal, en part du plafond annuel de la " +
      "sécurité sociale, pour que chaque membre d'un couple compte comme actif.",
    reference: CSS_R522_2,
  },

  // PAJE, allocation de base : montants
  [`${PAJE}/paje_cm/age_limite_enfant_adopte_non`]: {
    label: "Âge limite de l'enfant",
    description: "L'allocation de base est due jusqu'à ce que le plus jeune enfant atteigne cet âge (enfant né, non adopté).",
  },
  [`${PAJE}/paje_cm/montant/allocation_base_taux_partiel`]: {
    label: "Allocation de base à taux partiel",
    description:
      "Montant mensuel de l'allocation de base à taux partiel, en part de la BMAF (enfants nés ou adoptés depuis le 1er avril 2014).",
  },
  [`${PAJE}/paje_cm/montant/allocation_base_taux_plein/avant_2014/taux`]: {
    label: "Taux plein, enfants nés avant avril 2014",
    description: "Montant mensuel de l'allocation de base, en part de la BMAF, pour un enfant né ou adopté avant le 1er avril 2014.",
  },
  [`${PAJE}/paje_cm/montant/allocation_base_taux_plein/apres_2014/taux`]: {
    label: "Taux plein, enfants nés d'avril 2014 à mars 2018",
    description:
      "Montant mensuel de l'allocation de base à taux plein, en part de la BMAF, " +
      "pour un enfant né ou adopté entre le 1er avril 2014 et le 31 mars 2018.",
  },
  [`${PAJE}/paje_cm/montant/allocation_base_taux_plein/apres_2018/taux`]: {
    label: "Taux plein, enfants nés depuis avril 2018",
    description:
      "Montant mensuel de l'allocation de base à taux plein, en part de la BMAF, pour un enfant né ou adopté depuis le 1er avril 2018.",
  },

  // PAJE, allocation de base : plafonds de ressources
  [`${PLAF}/ne_adopte_avant_04_2014/plafond_ressources_0_enfant`]: {
    label: "Plafond de base (avant avril 2014)",
    description:
      "Base annuelle du plafond de ressources de l'allocation de base (enfants nés avant " +
      "avril 2014), avant majorations pour enfants et pour deux revenus ou parent isolé.",
  },
  [`${PLAF}/ne_adopte_avant_04_2014/biactifs_parents_isoles`]: {
    label: "Majoration deux revenus ou isolé (avant avril 2014)",
    description:
      "Somme ajoutée au plafond de l'allocation de base (enfants nés " +
      "avant avril 2014) pour un couple à deux revenus ou un parent isolé.",
  },
  [`${PLAF}/ne_adopte_avant_04_2014/majorations_enfants/premier_2eme_enfant`]: {
    label: "Majoration 1er et 2e enfants (avant avril 2014)",
    description: "Majoration du plafond de base pour chacun des deux premiers enfants à charge (enfants nés avant avril 2014).",
  },
  [`${PLAF}/ne_adopte_avant_04_2014/majorations_enfants/troisieme_plus_enfant`]: {
    label: "Majoration 3e enfant et suivants (avant avril 2014)",
    description: "Majoration du plafond de base pour chaque enfant à charge à partir du troisième (enfants nés avant avril 2014).",
  },
  [`${PLAF}/ne_adopte_04_2014_et_03_2018/taux_plein/plafond_ressources_0_enfant`]: {
    label: "Plafond de base du taux plein (2014-2018)",
    description:
      "Base annuelle du plafond de ressources du taux plein de l'allocation de base, pour les enfants nés d'avril 2014 à mars 2018.",
  },
  [`${PLAF}/ne_adopte_04_2014_et_03_2018/taux_plein/biactifs_parents_isoles`]: {
    label: "Majoration deux revenus ou isolé, taux plein (2014-2018)",
    description:
      "Somme ajoutée au plafond du taux plein pour un couple à deux " +
      "revenus ou un parent isolé (enfants nés d'avril 2014 à mars 2018).",
  },
  [`${PLAF}/ne_adopte_04_2014_et_03_2018/taux_partiel/plafond_ressources_0_enfant`]: {
    label: "Plafond de base du taux partiel (2014-2018)",
    description:
      "Base annuelle du plafond de ressources du taux partiel de l'allocation de base, pour les enfants nés d'avril 2014 à mars 2018.",
  },
  [`${PLAF}/ne_adopte_04_2014_et_03_2018/taux_partiel/biactifs_parents_isoles`]: {
    label: "Majoration deux revenus ou isolé, taux partiel (2014-2018)",
    description:
      "Somme ajoutée au plafond du taux partiel pour un couple à deux " +
      "revenus ou un parent isolé (enfants nés d'avril 2014 à mars 2018).",
  },
  [`${PLAF}/ne_adopte_04_2014_et_03_2018/majorations_enfants/majoration_enfant_supp`]: {
    label: "Majoration par enfant (2014-2018)",
    description: "Majoration du plafond de base pour chaque enfant à charge (enfants nés d'avril 2014 à mars 2018).",
  },
  [`${PLAF}/ne_adopte_apres_04_2018/taux_plein/plafond_ressources_0_enfant`]: {
    label: "Plafond de base du taux plein (depuis avril 2018)",
    description:
      "Base annuelle du plafond de ressources du taux plein de l'allocation de " +
      "base, pour les enfants nés depuis avril 2018 (celui du complément familial).",
  },
  [`${PLAF}/ne_adopte_apres_04_2018/taux_plein/biactifs_parents_isoles`]: {
    label: "Majoration deux revenus ou isolé, taux plein (depuis avril 2018)",
    description: "Somme ajoutée au plafond du taux plein pour un couple à deux revenus ou un parent isolé (enfants nés depuis avril 2018).",
  },
  [`${PLAF}/ne_adopte_apres_04_2018/taux_partiel/plafond_ressources_0_enfant`]: {
    label: "Plafond de base du taux partiel (depuis avril 2018)",
    description: "Base annuelle du plafond de ressources du taux partiel de l'allocation de base, pour les enfants nés depuis avril 2018.",
  },
  [`${PLAF}/ne_adopte_apres_04_2018/taux_partiel/biactifs_parents_isoles`]: {
    label: "Majoration deux revenus ou isolé, taux partiel (depuis avril 2018)",
    description:
      "Somme ajoutée au plafond du taux partiel pour un couple à deux revenus ou un parent isolé (enfants nés depuis avril 2018).",
  },
  [`${PLAF}/ne_adopte_apres_04_2018/majorations_enfants/premier_2eme_enfant`]: {
    label: "Majoration 1er et 2e enfants (depuis avril 2018)",
    description: "Majoration du plafond de base pour chacun des deux premiers enfants à charge (enfants nés depuis avril 2018).",
  },
  [`${PLAF}/ne_adopte_apres_04_2018/majorations_enfants/troisieme_plus_enfant`]: {
    label: "Majoration 3e enfant et suivants (depuis avril 2018)",
    description: "Majoration du plafond de base pour chaque enfant à charge à partir du troisième (enfants nés depuis avril 2018).",
  },

  // Complément familial
  [`${CF}/cf_cm/age_min`]: {
    label: "Âge minimal des enfants",
    description: "Âge à partir duquel un enfant à charge compte pour le complément familial.",
  },
  [`${CF}/cf_cm/age_max`]: {
    label: "Âge limite des enfants",
    description: "Âge à partir duquel un enfant cesse de compter pour le complément familial.",
  },
  [`${CF}/cf_cm/nombre_d_enfants_minimal`]: {
    label: "Nombre minimal d'enfants",
    description: "Nombre d'enfants à charge, d'âge compris entre l'âge minimal et l'âge limite, qui ouvre droit au complément familial.",
  },
  [`${CF}/cf_cm/complement_familial/taux_cf_base`]: {
    label: "Montant du complément familial",
    description: "Montant mensuel du complément familial, en part de la BMAF.",
  },
  [`${CF}/cf_cm/complement_familial/taux_cf_majore`]: {
    label: "Montant du complément familial majoré",
    description: "Montant mensuel du complément familial majoré (ressources sous le plafond majoré), en part de la BMAF.",
  },
  [`${CF}/cf_plaf/plafond_ressources_0_enfant`]: {
    label: "Plafond de base",
    description:
      "Base annuelle du plafond de ressources du complément familial, " +
      "avant majorations pour enfants et pour deux revenus ou parent isolé.",
  },
  [`${CF}/cf_plaf/majoration/deux_premiers_enf`]: {
    label: "Majoration 1er et 2e enfants",
    description: "Majoration du plafond de base pour chacun des deux premiers enfants à charge.",
  },
  [`${CF}/cf_plaf/majoration/troisieme_enf_et_plus`]: {
    label: "Majoration 3e enfant et suivants",
    description: "Majoration du plafond de base pour chaque enfant à charge à partir du troisième.",
  },
  [`${CF}/cf_plaf/majoration/biactifs_isoles`]: {
    label: "Majoration deux revenus ou isolé",
    description: "Somme ajoutée au plafond du complément familial pour un couple à deux revenus ou un parent isolé.",
  },
  [`${CF}/cf_plaf/plafond_cf_majore`]: {
    label: "Plafond du complément majoré",
    description: "Plafond de ressources du complément familial majoré, en part du plafond du complément familial.",
  },
  [`${CF}/cf_plaf/plafond_ressources_majoration/couple_avec_1_revenu`]: {
    label: "Plafond de base du complément majoré",
    description:
      "Base annuelle du plafond de ressources du complément familial majoré, " +
      "avant majorations pour enfants et pour deux revenus ou parent isolé.",
  },
  [`${CF}/cf_plaf/plafond_ressources_majoration/biactifs_isoles`]: {
    label: "Majoration deux revenus ou isolé, complément majoré",
    description: "Somme ajoutée au plafond du complément familial majoré pour un couple à deux revenus ou un parent isolé.",
  },

  // Complément familial dans les départements d'outre-mer
  [`${CF}/cf_cm_dom/age_minimal_dom`]: {
    label: "Outre-mer : âge minimal",
    description: "Outre-mer : âge à partir duquel un enfant ouvre droit au complément familial.",
  },
  [`${CF}/cf_cm_dom/age_maximal_dom`]: {
    label: "Outre-mer : âge limite",
    description: "Outre-mer : âge à partir duquel un enfant cesse d'ouvrir droit au complément familial.",
  },
  [`${CF}/cf_cm_dom/age_en_dessous_duquel_l_enfant_prive_la_famille_du_cf_dom`]: {
    label: "Outre-mer : âge d'un enfant excluant le droit",
    description: "Outre-mer : une famille qui a un enfant plus jeune que cet âge n'a pas droit au complément familial.",
  },
  [`${CF}/cf_cm_dom/nombre_enfant_minimum_dom`]: {
    label: "Outre-mer : nombre minimal d'enfants",
    description: "Outre-mer : nombre d'enfants dans la tranche d'âge ouvrant droit au complément familial.",
  },
  [`${CF}/cf_cm_dom/complement_familial_dom/taux_base_dom`]: {
    label: "Outre-mer : montant",
    description: "Outre-mer : montant mensuel du complément familial, en part de la BMAF.",
  },
  [`${CF}/cf_cm_dom/complement_familial_dom/taux_majore_dom`]: {
    label: "Outre-mer : montant majoré",
    description: "Outre-mer : montant mensuel du complément familial majoré, en part de la BMAF.",
  },

  // Allocation de soutien familial
  [`${ASF}/montant_asf/orphelin_assimile_seul_parent`]: {
    label: "ASF, enfant privé de l'aide d'un parent",
    description:
      "Montant mensuel de l'allocation de soutien familial par enfant privé de l'aide de l'un de ses parents, en part de la BMAF.",
  },
  [`${ASF}/montant_asf/orphelin_assimile_deux_parents`]: {
    label: "ASF, enfant privé de l'aide des deux parents",
    description: "Montant mensuel de l'allocation de soutien familial par enfant privé de l'aide de ses deux parents, en part de la BMAF.",
  },
  [`${ASF}/seuil`]: {
    label: "Seuil de versement de l'ASF",
    description: "Montant mensuel en dessous duquel l'allocation de soutien familial n'est pas versée.",
  },

  // Allocation aux adultes handicapés
  [`${AAH}/montant`]: { label: "Montant de l'AAH", description: "Montant mensuel maximal de l'allocation aux adultes handicapés." },
  [`${AAH}/age_minimal`]: { label: "Âge minimal", description: "Âge à partir duquel on peut recevoir l'AAH." },
  [`${AAH}/age_fin_educ`]: {
    label: "Âge minimal sans charge de famille",
    description: "Âge à partir duquel une personne qui n'est plus à charge au sens des prestations familiales peut recevoir l'AAH.",
  },
  [`${AAH}/age_legal_retraite`]: {
    label: "Âge légal de la retraite",
    description:
      "Âge légal de la retraite par date de calcul, repris d'OpenFisca pour les clients " +
      "de l'API ; les formules de Zéro (fin de l'AAH sous 80 %, ASPA anticipée) " +
      "retiennent l'âge de la génération de chacun (retraites/age_legal_par_generation).",
  },
  [`${AAH}/taux_capacite/taux_incapacite`]: {
    label: "Taux d'incapacité principal",
    description: "Taux d'incapacité permanente qui ouvre droit à l'AAH sans autre condition.",
  },
  [`${AAH}/taux_capacite/taux_incapacite_rsdae`]: {
    label: "Taux d'incapacité avec restriction d'accès à l'emploi",
    description:
      "Taux d'incapacité minimal qui ouvre droit à l'AAH quand s'y ajoute " +
      "une restriction substantielle et durable pour l'accès à l'emploi.",
  },
  [`${AAH}/majoration_plafond/majoration_plafond_couple`]: {
    label: "Majoration du plafond pour un couple",
    description: "Majoration du plafond de ressources de l'AAH pour une personne en couple, en part du plafond d'une personne seule.",
  },
  [`${AAH}/majoration_plafond/majoration_par_enfant_supplementaire`]: {
    label: "Majoration du plafond par enfant",
    description: "Majoration du plafond de ressources de l'AAH pour chaque enfant à charge, en part du plafond d'une personne seule.",
  },
  [`${AAH}/travail_ordinaire/tranche_smic`]: {
    label: "Première tranche de revenus d'activité",
    description:
      "Part du SMIC brut mensuel jusqu'à laquelle les revenus d'activité du bénéficiaire bénéficient de l'abattement le plus fort.",
  },
  [`${AAH}/travail_ordinaire/abattement_30`]: {
    label: "Abattement sur la première tranche",
    description: "Abattement sur les revenus d'activité du bénéficiaire jusqu'à la première tranche.",
  },
  [`${AAH}/travail_ordinaire/abattement_sup`]: {
    label: "Abattement au-delà de la première tranche",
    description: "Abattement sur les revenus d'activité du bénéficiaire au-delà de la première tranche.",
  },
  [`${AAH}/abattement_cessation_activite`]: {
    label: "Abattement pour cessation d'activité",
    description: "Abattement sur les revenus d'activité de l'année de référence d'une personne qui a cessé son activité.",
  },
  [`${AAH}/abattement_conjoint/abattement_proportionnel`]: {
    label: "Abattement proportionnel sur les revenus du conjoint",
    description: "Part des revenus du conjoint non retenue dans les ressources de l'AAH (jusqu'en 2021).",
  },
  [`${AAH}/abattement_conjoint/abattement_forfaitaire/base`]: {
    label: "Abattement forfaitaire sur les revenus du conjoint",
    description: "Somme annuelle déduite des revenus d'activité du conjoint (depuis 2022).",
  },
  [`${AAH}/abattement_conjoint/abattement_forfaitaire/majoration_pac`]: {
    label: "Abattement forfaitaire, majoration par enfant",
    description: "Somme annuelle ajoutée à l'abattement forfaitaire sur les revenus du conjoint pour chaque enfant à charge.",
  },
};

/** Node descriptions (index.yaml), in Zéro's words. */
export const familleNodeWordings: Readonly<Record<string, string>> = {
  [`${PAJE}`]: "Prestation d'accueil du jeune enfant (articles L531-1 et suivants du code de la sécurité sociale).",
  [`${PLAF}`]: "Plafonds de ressources de l'allocation de base de la PAJE (article R531-1 du code de la sécurité sociale).",
  [`${CF}`]: "Complément familial (articles L522-1 et suivants du code de la sécurité sociale).",
  [`${ASF}`]: "Allocation de soutien familial (articles L523-1 et suivants du code de la sécurité sociale).",
  [`${AAH}`]: "Allocation aux adultes handicapés (articles L821-1 et suivants du code de la sécurité sociale).",
  [`${PF}/def_biactif`]: "Définition d'un couple à deux revenus pour la majoration des plafonds des prestations familiales.",
};
