/**
 * Zéro's own wording for the parameters of the PAJE (toutes ses parts), AEEH et ARS. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const PF = "prestations_sociales/prestations_familiales";
const PAJE = `${PF}/petite_enfance/paje`;
const CLCA = `${PAJE}/paje_clca`;
const CMG = `${PAJE}/paje_cmg`;
const PLAF_CMG = `${PAJE}/plaf_cmg`;
const AEEH = `${PF}/education_presence_parentale/aeeh`;
const ARS = `${PF}/education_presence_parentale/ars`;

const CSS_TOC = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189";
/** The CLCA's rates, its duration for one child and the COLCA (the source cites no text). */
const CSS_CLCA = [{ title: "Code de la sécurité sociale, articles L531-4 et D531-4 à D531-4-1 (CLCA et COLCA)", href: CSS_TOC }];

/** Wording of a CMG ceiling (first or second, before or since April 2014). */
function plafondCmg(rang: "premier" | "deuxieme", epoque: "avant" | "apres"): Record<string, ParameterWording> {
  const base = `${PLAF_CMG}/${rang}_plafond_ne_adopte_${epoque}_04_2014`;
  const quel = rang === "premier" ? "Premier" : "Deuxième";
  const quand = epoque === "avant" ? "enfants nés ou adoptés avant avril 2014" : "enfants nés ou adoptés depuis avril 2014";
  return {
    [`${base}/enfant`]: {
      label: `${quel} plafond du CMG, un enfant (${epoque === "avant" ? "avant" : "depuis"} avril 2014)`,
      description: `${quel} plafond annuel de ressources du complément de libre choix du mode de garde pour un enfant à charge (${quand}).`,
    },
    [`${base}/deux_enfants`]: {
      label: `${quel} plafond du CMG, deux enfants (${epoque === "avant" ? "avant" : "depuis"} avril 2014)`,
      description: `${quel} plafond annuel de ressources du complément de libre choix du mode de garde pour deux enfants à charge (${quand}).`,
    },
    [`${base}/majoration_enfant_supp`]: {
      label: `${quel} plafond du CMG, par enfant en plus (${epoque === "avant" ? "avant" : "depuis"} avril 2014)`,
      description: `Somme ajoutée au ${rang === "premier" ? "premier" : "deuxième"} plafond du CMG pour chaque enfant à charge au-delà du deuxième (${quand}).`,
    },
  };
}

/** Wording of the three CMG rates of one kind of care (in BMAF, by resources band). */
function tauxCmg(dossier: string, mode: string, bandes: readonly [string, string, string]): Record<string, ParameterWording> {
  const [sous1, sous2, au_dela] = bandes;
  return {
    [`${CMG}/${dossier}/${sous1}`]: {
      label: `CMG ${mode}, ressources sous le premier plafond`,
      description: `Montant mensuel maximal du CMG (${mode}), en part de la BMAF, quand les ressources sont inférieures au premier plafond.`,
    },
    [`${CMG}/${dossier}/${sous2}`]: {
      label: `CMG ${mode}, ressources entre les deux plafonds`,
      description: `Montant mensuel maximal du CMG (${mode}), en part de la BMAF, quand les ressources sont entre le premier et le deuxième plafond.`,
    },
    [`${CMG}/${dossier}/${au_dela}`]: {
      label: `CMG ${mode}, ressources au-delà du deuxième plafond`,
      description: `Montant mensuel maximal du CMG (${mode}), en part de la BMAF, quand les ressources atteignent le deuxième plafond.`,
    },
  };
}

/** Wording of the rates of the CLCA (full rate, part time up to 50 %, part time 50 to 80 %). */
function tauxClca(dossier: string, qui: string): Record<string, ParameterWording> {
  return {
    [`${CLCA}/${dossier}/taux_plein`]: {
      label: `CLCA à taux plein (${qui})`,
      description: `Montant mensuel du complément de libre choix d'activité, en part de la BMAF, pour un parent qui cesse toute activité (${qui}).`,
      reference: CSS_CLCA,
    },
    [`${CLCA}/${dossier}/taux_partiel_50`]: {
      label: `CLCA, activité au plus à mi-temps (${qui})`,
      description: `Montant mensuel du CLCA, en part de la BMAF, pour un parent qui travaille au plus à mi-temps (${qui}).`,
      reference: CSS_CLCA,
    },
    [`${CLCA}/${dossier}/taux_partiel_50_80`]: {
      label: `CLCA, activité de 50 à 80 % (${qui})`,
      description: `Montant mensuel du CLCA, en part de la BMAF, pour un parent qui travaille entre 50 % et 80 % de la durée du travail (${qui}).`,
      reference: CSS_CLCA,
    },
  };
}

export const familleSuiteWordings: Readonly<Record<string, ParameterWording>> = {
  // PAJE : primes à la naissance et à l'adoption
  [`${PAJE}/paje_cm2/montant/prime_naissance`]: {
    label: "Prime à la naissance (en BMAF)",
    description: "Montant de la prime à la naissance, par enfant à naître, en part de la BMAF.",
  },
  [`${PAJE}/paje_cm2/montant/prime_adoption`]: {
    label: "Prime à l'adoption (en BMAF)",
    description: "Montant de la prime à l'adoption, par enfant adopté ou confié en vue d'adoption, en part de la BMAF.",
  },

  // PAJE : complément de libre choix d'activité (CLCA) et complément optionnel (COLCA), jusqu'en 2017
  ...tauxClca("beneficiaires_enfant_ne_adopte_apres_04_2014", "famille percevant l'allocation de base"),
  ...tauxClca("non_beneficiaires_enfant_ne_adopte_avant_04_2014", "famille ne percevant pas l'allocation de base"),
  [`${CLCA}/duree1`]: {
    label: "Durée du CLCA pour un seul enfant (mois)",
    description: "Nombre de mois pendant lesquels le CLCA est versé à une famille d'un seul enfant à charge, à compter de la naissance.",
    reference: CSS_CLCA,
  },
  [`${CLCA}/colca/age`]: {
    label: "Âge limite du plus jeune enfant pour le COLCA",
    description:
      "Le complément optionnel de libre choix d'activité est versé jusqu'à ce que le plus jeune enfant atteigne cet âge (en années).",
    reference: CSS_CLCA,
  },
  [`${CLCA}/colca/taux_plein_duree_arret_predeterminee`]: {
    label: "COLCA, famille percevant l'allocation de base",
    description:
      "Montant mensuel du complément optionnel de libre choix d'activité, en part de la BMAF, quand la famille perçoit l'allocation de base.",
    reference: CSS_CLCA,
  },
  [`${CLCA}/colca/sansab`]: {
    label: "COLCA, famille ne percevant pas l'allocation de base",
    description:
      "Montant mensuel du complément optionnel de libre choix d'activité, en part de la BMAF, quand la famille ne perçoit pas l'allocation de base.",
    reference: CSS_CLCA,
  },

  // PAJE : complément de libre choix du mode de garde (CMG)
  [`${CMG}/limite_age/pleine`]: {
    label: "Âge jusqu'auquel le CMG est entier",
    description: "Le complément de libre choix du mode de garde est versé en entier pour un enfant gardé de moins de cet âge.",
  },
  [`${CMG}/limite_age/reduite`]: {
    label: "Âge limite du CMG",
    description:
      "Le complément de libre choix du mode de garde est versé pour un enfant gardé de moins de cet âge (réduit au-delà de l'âge du CMG entier).",
  },
  [`${CMG}/taux_reduit`]: {
    label: "Réduction du CMG pour un enfant de 3 à 6 ans",
    description: "Part dont le CMG est réduit pour un enfant gardé qui a atteint l'âge du CMG entier sans atteindre l'âge limite.",
  },
  [`${CMG}/majoration_plafond_une_personne_isolee`]: {
    label: "Majoration des plafonds du CMG pour un parent isolé",
    description:
      "Part dont les plafonds de ressources du CMG sont majorés lorsque la charge des enfants est assumée par une seule personne.",
  },
  ...tauxCmg("assistante_mat_asso_entreprise_microcreche", "association, entreprise d'assistants maternels ou micro-crèche", [
    "sous_premier_plafond",
    "sous_second_plafond",
    "apres_second_plafond",
  ]),
  ...tauxCmg("garde_domicile", "garde à domicile par une association ou une entreprise", [
    "sous_premier_plafond",
    "sous_second_plafond",
    "apres_second_plafond",
  ]),
  ...tauxCmg("complement_libre_choix_mode_garde", "emploi direct d'un assistant maternel ou d'une garde à domicile", [
    "revenus_inferieurs_45_plaf",
    "revenus_superieurs_45_plaf",
    "revenus_superieurs_plaf",
  ]),
  ...plafondCmg("premier", "avant"),
  ...plafondCmg("premier", "apres"),
  ...plafondCmg("deuxieme", "avant"),
  ...plafondCmg("deuxieme", "apres"),

  // AEEH
  [`${AEEH}/age_maximum_enfant`]: {
    label: "Âge limite de l'enfant (AEEH)",
    description: "L'allocation d'éducation de l'enfant handicapé est due pour un enfant de moins de cet âge.",
  },
  [`${AEEH}/base`]: {
    label: "AEEH de base (en BMAF)",
    description: "Montant mensuel de l'allocation d'éducation de l'enfant handicapé, par enfant, en part de la BMAF.",
  },
  ...Object.fromEntries(
    [1, 2, 3, 4, 5].map((k) => [
      `${AEEH}/complement_allocation/categorie_${k}`,
      {
        label: `Complément d'AEEH, ${k === 1 ? "1re" : `${k}e`} catégorie (en BMAF)`,
        description: `Montant mensuel du complément de ${k === 1 ? "1re" : `${k}e`} catégorie de l'AEEH, par enfant, en part de la BMAF.`,
      },
    ]),
  ),
  [`${AEEH}/complement_allocation/categorie_6`]: {
    label: "Complément d'AEEH, 6e catégorie (en euros)",
    description:
      "Montant mensuel du complément de 6e catégorie de l'AEEH, par enfant, en euros (celui de la majoration pour tierce personne).",
  },
  ...Object.fromEntries(
    [2, 3, 4, 5, 6].map((k) => [
      `${AEEH}/majoration_parent_isole/categorie_${k}`,
      {
        label: `Majoration parent isolé, ${k}e catégorie (en BMAF)`,
        description: `Majoration mensuelle, en part de la BMAF, versée au parent isolé qui perçoit un complément de ${k}e catégorie de l'AEEH.`,
      },
    ]),
  ),

  // ARS
  [`${ARS}/ars_cond/age_entree_primaire`]: {
    label: "Âge d'ouverture du droit à l'ARS",
    description: "L'ARS est due pour un enfant qui atteint cet âge avant le 1er février de l'année suivant la rentrée.",
  },
  [`${ARS}/ars_cond/age_entree_college`]: {
    label: "Âge de la deuxième tranche de l'ARS",
    description: "Le montant de l'ARS est majoré pour un enfant qui atteint cet âge au cours de l'année civile de la rentrée.",
  },
  [`${ARS}/ars_cond/age_entree_lycee`]: {
    label: "Âge de la troisième tranche de l'ARS",
    description:
      "Le montant de l'ARS est majoré une seconde fois pour un enfant qui atteint cet âge au cours de l'année civile de la rentrée.",
  },
  [`${ARS}/ars_cond/age_sortie_lycee`]: {
    label: "Âge limite de l'ARS",
    description: "L'ARS reste due pour un enfant qui n'a pas atteint cet âge au 15 septembre de l'année de la rentrée.",
  },
  [`${ARS}/ars_m/taux_primaire`]: {
    label: "ARS, enfant de 6 à 10 ans (en BMAF)",
    description: "Montant de l'allocation de rentrée scolaire pour un enfant de la première tranche d'âge, en part de la BMAF.",
  },
  [`${ARS}/ars_m/taux_college`]: {
    label: "ARS, enfant de 11 à 14 ans (en BMAF)",
    description: "Montant de l'allocation de rentrée scolaire pour un enfant de la deuxième tranche d'âge, en part de la BMAF.",
  },
  [`${ARS}/ars_m/taux_lycee`]: {
    label: "ARS, enfant de 15 à 18 ans (en BMAF)",
    description: "Montant de l'allocation de rentrée scolaire pour un enfant de la troisième tranche d'âge, en part de la BMAF.",
  },
  [`${ARS}/ars_maj/taux_majoration_exceptionnelle`]: {
    label: "Majoration exceptionnelle de l'ARS (en BMAF)",
    description: "Majoration exceptionnelle de l'allocation de rentrée scolaire, par enfant, en part de la BMAF (rentrée 2020).",
  },
  [`${ARS}/ars_plaf/plafond_ressources`]: {
    label: "Plafond de base de l'ARS",
    description: "Base annuelle du plafond de ressources de l'allocation de rentrée scolaire, avant la majoration par enfant à charge.",
  },
  [`${ARS}/ars_plaf/majoration_par_enf_supp`]: {
    label: "Majoration du plafond de l'ARS par enfant",
    description: "Part de la base du plafond de l'ARS ajoutée pour chaque enfant à charge, dès le premier.",
  },
  [`${ARS}/montant_minimum_verse`]: {
    label: "Montant minimal versé de l'ARS",
    description: "L'allocation de rentrée scolaire (différentielle comprise) n'est pas versée en dessous de ce montant.",
  },
};

/** Node descriptions (index.yaml). */
export const familleSuiteNodeWordings: Readonly<Record<string, string>> = {
  [`${PAJE}/paje_cm2`]: "Primes à la naissance et à l'adoption de la PAJE (articles L531-2 et D531-2 du code de la sécurité sociale).",
  [`${CLCA}`]:
    "Complément de libre choix d'activité et complément optionnel de la PAJE, jusqu'en 2017 (article L531-4 du code de la sécurité sociale).",
  [`${CMG}`]:
    "Complément de libre choix du mode de garde de la PAJE (articles L531-5 et D531-17 et suivants du code de la sécurité sociale).",
  [`${PLAF_CMG}`]: "Plafonds de ressources du complément de libre choix du mode de garde (article D531-23 du code de la sécurité sociale).",
  [`${AEEH}`]: "Allocation d'éducation de l'enfant handicapé (articles L541-1 et suivants du code de la sécurité sociale).",
  [`${ARS}`]: "Allocation de rentrée scolaire (articles L543-1 et suivants du code de la sécurité sociale).",
};
