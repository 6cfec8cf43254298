/**
 * Zéro's own wording for the income tax's parameters of the crédits d'impôt, the global ceiling of the niches and the prime pour l'emploi. Values, dates and legal
 * references come from OpenFisca-France (facts). Merged into `impotRevenuWordings`
 * (parameter-descriptions-impot-revenu.ts); used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { CGI_200_0_A, CGI_200_SEXIES, CREDITS, PLAF_NICH, PPE } from "./parameter-descriptions-impot-revenu-paths.ts";

export const impotRevenuCreditsWordings: Readonly<Record<string, ParameterWording>> = {
  [`${PPE}/TP_nbh`]: {
    label: "PPE : heures d'un temps plein",
    description: "Nombre d'heures rémunérées dans l'année valant un temps plein pour un salarié, dans le calcul de la prime pour l'emploi.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/TP_nbj`]: {
    label: "PPE : jours d'un temps plein",
    description:
      "Nombre de jours travaillés dans l'année valant un temps plein pour un non-salarié, dans le calcul de la prime pour l'emploi.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/abatns`]: {
    label: "PPE : coefficient des revenus non salariés",
    description: "Coefficient par lequel les bénéfices non salariés sont multipliés (et les déficits divisés) pour la prime pour l'emploi.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/coefficient_majoration_ppe_temps_partiel/taux_1`]: {
    label: "PPE : majoration du temps partiel jusqu'au mi-temps",
    description: "Majoration de la prime d'une personne ayant travaillé au plus à mi-temps, proportionnelle à son temps de travail.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/coefficient_majoration_ppe_temps_partiel/taux_2`]: {
    label: "PPE : majoration du temps partiel au-delà du mi-temps",
    description: "Taux de la majoration de la prime d'une personne ayant travaillé plus qu'à mi-temps sans atteindre un temps plein.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/montant_minimum`]: {
    label: "PPE : montant minimal",
    description: "Montant en dessous duquel une prime pour l'emploi due est portée à ce minimum.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_revenu_activite/minimum`]: {
    label: "PPE : revenu d'activité minimal",
    description: "Revenu d'activité annuel en dessous duquel une personne n'ouvre pas droit à la prime pour l'emploi.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_revenu_activite/pour_taux_plein_cas_general`]: {
    label: "PPE : revenu de la prime maximale",
    description: "Revenu d'activité (en équivalent temps plein) jusqu'auquel la prime croît au taux de la première tranche.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_revenu_activite/maximum_cas_general`]: {
    label: "PPE : revenu d'activité maximal",
    description: "Revenu d'activité (en équivalent temps plein) au-delà duquel la prime d'une personne est nulle, dans le cas général.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_revenu_activite/pour_taux_plein_couples_mono_revenus`]: {
    label: "PPE : seuil des couples à un seul revenu",
    description: "Revenu d'activité au-delà duquel la prime décroît, pour le seul actif d'un couple ou un parent isolé.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_revenu_activite/max_couples_mono_emploi_parents_isoles`]: {
    label: "PPE : revenu maximal des couples à un seul revenu",
    description: "Revenu d'activité au-delà duquel la prime est nulle, pour le seul actif d'un couple ou un parent isolé.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_rfr_eligibilite/personne_seule`]: {
    label: "PPE : plafond de revenu fiscal d'une personne seule",
    description: "Revenu fiscal de référence au-delà duquel une personne seule n'a pas droit à la prime pour l'emploi.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_rfr_eligibilite/couple_marie_pacse`]: {
    label: "PPE : plafond de revenu fiscal d'un couple",
    description: "Revenu fiscal de référence au-delà duquel un couple marié ou pacsé n'a pas droit à la prime pour l'emploi.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/seuils_rfr_eligibilite/increment_par_demi_part`]: {
    label: "PPE : majoration du plafond par demi-part",
    description: "Majoration du plafond de revenu fiscal de référence par demi-part de quotient familial au-delà de celles des déclarants.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/supplements/couples_mono_emploi`]: {
    label: "PPE : majoration des couples à un seul revenu",
    description: "Majoration forfaitaire de la prime du seul membre actif d'un couple marié ou pacsé.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/supplements/par_personne_charge`]: {
    label: "PPE : majoration par personne à charge",
    description: "Majoration forfaitaire de la prime pour chaque personne à charge (la moitié pour un enfant en résidence alternée).",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/taux/phase_in`]: {
    label: "PPE : taux de la première tranche",
    description: "Taux appliqué au revenu d'activité en équivalent temps plein, jusqu'au revenu de la prime maximale.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/taux/phase_out_cas_general`]: {
    label: "PPE : taux de la tranche décroissante",
    description: "Taux appliqué à l'écart entre le revenu d'activité maximal et le revenu, au-delà du revenu de la prime maximale.",
    reference: CGI_200_SEXIES,
  },
  [`${PPE}/taux/phase_out_couples_mono_emploi`]: {
    label: "PPE : taux de la tranche des couples à un seul revenu",
    description: "Taux appliqué à l'écart entre le revenu maximal des couples à un seul revenu et le revenu du seul actif.",
    reference: CGI_200_SEXIES,
  },
  [`${PLAF_NICH}/plafond`]: {
    label: "Plafond global des avantages fiscaux",
    description: "Montant maximal de l'avantage que procurent ensemble les réductions et crédits d'impôt plafonnés (« niches fiscales »).",
    reference: CGI_200_0_A,
  },
  [`${PLAF_NICH}/taux`]: {
    label: "Part du revenu ajoutée au plafond des avantages fiscaux",
    description: "Fraction du revenu net imposable ajoutée au plafond global des avantages fiscaux (revenus de 2009 à 2012).",
    reference: CGI_200_0_A,
  },
  [`${PLAF_NICH}/plafonnement_des_niches/majoration_om`]: {
    label: "Majoration du plafond : outre-mer et SOFICA",
    description: "Majoration du plafond global des avantages fiscaux pour les réductions d'impôt outre-mer et les SOFICA.",
    reference: CGI_200_0_A,
  },
  [`${PLAF_NICH}/plafonnement_des_niches/majoration_esus_sfs`]: {
    label: "Majoration du plafond : ESUS et foncières solidaires",
    description:
      "Majoration du plafond global des avantages fiscaux pour les souscriptions au capital d'entreprises solidaires d'utilité sociale et de foncières solidaires.",
    reference: CGI_200_0_A,
  },
  [`${CREDITS}/cotisations_syndicales/plafond`]: {
    label: "Plafond des cotisations syndicales (crédit)",
    description:
      "Part des salaires et pensions imposables au-delà de laquelle les cotisations syndicales ne sont pas retenues (crédit d'impôt, depuis 2012).",
    reference: [{ title: "Code général des impôts, article 199 quater C" }],
  },
  [`${CREDITS}/cotisations_syndicales/taux`]: {
    label: "Taux du crédit pour cotisations syndicales",
    description: "Part des cotisations syndicales restituée en crédit d'impôt (depuis 2012).",
    reference: [{ title: "Code général des impôts, article 199 quater C" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/plafond`]: {
    label: "Emploi à domicile (crédit) : plafond annuel des dépenses",
    description: "Plafond annuel des dépenses retenues pour l'emploi d'un salarié à domicile, avant ses majorations.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/plafond_1ere_annee`]: {
    label: "Emploi à domicile (crédit) : plafond de la première année",
    description: "Plafond des dépenses retenues la première année où le contribuable emploie directement un salarié à domicile.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/plafond_invalides`]: {
    label: "Emploi à domicile (crédit) : plafond des personnes invalides",
    description:
      "Plafond des dépenses retenues lorsqu'un membre du foyer est invalide (carte d'invalidité ou pension d'invalidité de 3e catégorie).",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/plafond_maximum`]: {
    label: "Emploi à domicile (crédit) : plafond majoré maximal",
    description: "Montant que le plafond majoré (par personne à charge ou de plus de 65 ans) ne peut dépasser.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/plafond_maximum_1ere_annee`]: {
    label: "Emploi à domicile (crédit) : plafond majoré maximal de la première année",
    description: "Montant que le plafond majoré de la première année d'emploi direct ne peut dépasser.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/increment_plafond`]: {
    label: "Emploi à domicile (crédit) : majoration du plafond par personne",
    description:
      "Majoration du plafond des dépenses par enfant à charge (la moitié en résidence alternée) et membre du foyer de plus de 65 ans.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/emploi_salarie_domicile/taux`]: {
    label: "Emploi à domicile (crédit) : taux",
    description: "Part des dépenses retenues pour l'emploi d'un salarié à domicile retranchée de l'impôt ou restituée.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${CREDITS}/gardenf/plafond`]: {
    label: "Plafond des frais de garde des jeunes enfants",
    description:
      "Montant annuel des frais de garde hors du domicile retenus par enfant de moins de six ans (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 200 quater B" }],
  },
  [`${CREDITS}/gardenf/taux`]: {
    label: "Taux du crédit pour frais de garde",
    description: "Part des frais de garde des enfants de moins de six ans hors du domicile restituée en crédit d'impôt.",
    reference: [{ title: "Code général des impôts, article 200 quater B" }],
  },
  [`${CREDITS}/preetu/max`]: {
    label: "Plafond des intérêts des prêts étudiants",
    description: "Montant annuel des intérêts d'un prêt souscrit pour financer des études retenus pour le crédit d'impôt.",
    reference: [{ title: "Code général des impôts, article 200 terdecies" }],
  },
  [`${CREDITS}/preetu/taux`]: {
    label: "Taux du crédit pour prêts étudiants",
    description: "Part des intérêts des prêts étudiants restituée en crédit d'impôt.",
    reference: [{ title: "Code général des impôts, article 200 terdecies" }],
  },
  [`${CREDITS}/assloy`]: {
    label: "Taux du crédit pour assurance des loyers impayés",
    description: "Part des primes d'assurance pour loyers impayés restituée en crédit d'impôt (primes de 2005 à 2016).",
    reference: [{ title: "Code général des impôts, article 200 nonies" }],
  },
};
