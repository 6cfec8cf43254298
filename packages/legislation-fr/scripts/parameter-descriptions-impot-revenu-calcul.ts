/**
 * Zéro's own wording for the income tax's parameters of the barème, the quotient familial and its ceiling, the décote, the réduction sous condition de revenus, the plus-values and the exceptional contributions. Values, dates and legal
 * references come from OpenFisca-France (facts). Merged into `impotRevenuWordings`
 * (parameter-descriptions-impot-revenu.ts); used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { CDHR, CGI_194, CGI_224, DEMI_PART, PLAF_QF, PV, QF, RSCR } from "./parameter-descriptions-impot-revenu-paths.ts";

export const impotRevenuCalculWordings: Readonly<Record<string, ParameterWording>> = {
  // Décote (CGI art. 197, I, 4)
  [`${PLAF_QF}/decote/seuil`]: {
    label: "Seuil de la décote (jusqu'en 2013)",
    description:
      "Montant d'impôt en dessous duquel la décote s'applique, égale à la moitié de l'écart entre ce seuil et l'impôt (revenus jusqu'à 2013).",
  },
  [`${PLAF_QF}/decote/seuil_celib`]: {
    label: "Décote : montant pour une personne seule",
    description:
      "Montant dont on retranche une fraction de l'impôt brut pour obtenir la décote d'un contribuable célibataire, divorcé ou veuf.",
  },
  [`${PLAF_QF}/decote/seuil_couple`]: {
    label: "Décote : montant pour un couple",
    description:
      "Montant dont on retranche une fraction de l'impôt brut pour obtenir la décote des contribuables soumis à imposition commune.",
  },
  [`${PLAF_QF}/decote/taux`]: {
    label: "Taux de la décote",
    description: "Fraction de l'impôt brut retranchée du montant de la décote (ou, jusqu'en 2013, de l'écart au seuil retenu).",
  },
  // Plafonnement des effets du quotient familial (CGI art. 197, I, 2)
  [`${DEMI_PART}/general`]: {
    label: "Plafond de l'avantage par demi-part",
    description: "Réduction d'impôt maximale procurée par chaque demi-part de quotient familial au-delà des parts des déclarants.",
  },
  [`${DEMI_PART}/celib_enf`]: {
    label: "Plafond de la part du premier enfant d'un parent isolé",
    description: "Réduction d'impôt maximale procurée par la part accordée pour le premier enfant à charge d'un parent isolé (case T).",
  },
  [`${DEMI_PART}/celib`]: {
    label: "Plafond de la demi-part des personnes seules ayant élevé un enfant",
    description: "Réduction d'impôt maximale procurée par la demi-part des personnes seules ayant élevé seules un enfant (case L).",
  },
  [`${DEMI_PART}/reduc_postplafond`]: {
    label: "Réduction complémentaire après plafonnement",
    description:
      "Réduction d'impôt complémentaire, après plafonnement, pour chaque demi-part d'invalidité ou d'ancien combattant, dans la limite de l'avantage perdu.",
  },
  [`${DEMI_PART}/reduc_postplafond_veuf`]: {
    label: "Réduction complémentaire des veufs avec enfants",
    description:
      "Réduction d'impôt complémentaire, après plafonnement, des veufs ayant des enfants à charge, dans la limite de l'avantage perdu.",
  },
  // Nombre de parts (CGI art. 194 et 195)
  [`${QF}/cas_general/conj`]: {
    label: "Part du conjoint",
    description: "Nombre de parts accordé au second déclarant d'un couple marié ou pacsé.",
  },
  [`${QF}/cas_general/enf1`]: {
    label: "Parts du premier enfant",
    description: "Nombre de parts accordé pour la première personne à charge.",
  },
  [`${QF}/cas_general/enf2`]: {
    label: "Parts du deuxième enfant",
    description: "Nombre de parts accordé pour la deuxième personne à charge.",
  },
  [`${QF}/cas_general/enf3_et_sup`]: {
    label: "Parts de chaque enfant à partir du troisième",
    description: "Nombre de parts accordé pour chaque personne à charge à partir de la troisième.",
  },
  [`${QF}/cas_general/veuf`]: {
    label: "Part supplémentaire du veuf avec enfants (jusqu'en 2008)",
    description:
      "Part supplémentaire accordée au contribuable veuf ayant des personnes à charge (règle applicable jusqu'aux revenus de 2007).",
    reference: CGI_194,
  },
  [`${QF}/couple_ou_pers_a_charge/cdcd`]: {
    label: "Part du veuf avec enfant du conjoint décédé",
    description: "Majoration accordée au veuf dont un enfant à charge est issu du mariage avec le conjoint décédé (case L avec enfants).",
  },
  [`${QF}/couple_ou_pers_a_charge/inv1`]: {
    label: "Majoration pour enfant invalide",
    description:
      "Majoration du nombre de parts pour chaque enfant à charge titulaire de la carte d'invalidité (moitié en résidence alternée).",
  },
  [`${QF}/couple_ou_pers_a_charge/inv2`]: {
    label: "Majoration pour personne invalide recueillie",
    description: "Majoration du nombre de parts pour chaque personne invalide à charge autre qu'un enfant (case R).",
  },
  [`${QF}/couple_ou_pers_a_charge/isol`]: {
    label: "Majoration du parent isolé",
    description: "Majoration du nombre de parts accordée au parent vivant seul qui a au moins un enfant à charge (case T).",
  },
  [`${QF}/couple_ou_pers_a_charge/not41`]: {
    label: "Majoration pour déclarant invalide (couple)",
    description: "Majoration du nombre de parts pour chaque déclarant invalide d'un couple (cases P et F).",
  },
  [`${QF}/couple_ou_pers_a_charge/not42`]: {
    label: "Majoration pour ancien combattant (couple)",
    description:
      "Majoration du nombre de parts d'un couple dont un déclarant est ancien combattant ou pensionné de plus de 74 ans (cases W ou S).",
  },
  [`${QF}/couple_ou_pers_a_charge/not6`]: {
    label: "Majoration du déclarant invalide avec personnes à charge",
    description: "Majoration du nombre de parts d'une personne seule invalide (case P) qui a des personnes à charge.",
  },
  [`${QF}/sans_pers_a_charge/not31a`]: {
    label: "Majoration de la personne seule invalide",
    description: "Majoration du nombre de parts d'une personne seule invalide sans personne à charge (case P).",
  },
  [`${QF}/sans_pers_a_charge/not31b`]: {
    label: "Majoration de l'ancien combattant seul",
    description:
      "Majoration du nombre de parts d'une personne seule ancien combattant ou veuve d'ancien combattant, sans personne à charge (cases W ou G).",
  },
  [`${QF}/sans_pers_a_charge/not32`]: {
    label: "Majoration de la personne seule ayant élevé un enfant",
    description: "Majoration du nombre de parts d'une personne seule sans personne à charge qui a élevé seule un enfant (case L).",
  },
  // Réduction sous condition de revenus (2016-2019)
  [`${RSCR}/taux`]: {
    label: "Taux de la réduction sous condition de revenus",
    description: "Taux de la réduction d'impôt accordée aux foyers de revenu fiscal de référence modeste, appliqué à l'impôt après décote.",
  },
  [`${RSCR}/plafond_rfr_celib`]: {
    label: "Seuil de revenu de la réduction entière (par déclarant)",
    description: "Revenu fiscal de référence, par déclarant, en dessous duquel la réduction sous condition de revenus est entière.",
  },
  [`${RSCR}/plafond_rfr_couple`]: {
    label: "Seuil de revenu de la fin de la réduction (par déclarant)",
    description:
      "Revenu fiscal de référence, par déclarant, au-delà duquel la réduction sous condition de revenus n'est plus accordée (dégressive entre les deux seuils).",
  },
  [`${RSCR}/majoration_plafond_par_demi_parts_supp`]: {
    label: "Majoration des seuils par demi-part",
    description:
      "Majoration des deux seuils de revenu de la réduction sous condition de revenus pour chaque demi-part au-delà des déclarants.",
  },
  // Abattement des contribuables domiciliés outre-mer (CGI art. 197, I, 3)
  [`${PLAF_QF}/abat_dom/guadeloupe_martinique_reunion/taux`]: {
    label: "Taux de la réduction en Guadeloupe, Martinique et à La Réunion",
    description: "Taux de la réduction d'impôt des contribuables domiciliés en Guadeloupe, en Martinique ou à La Réunion.",
  },
  [`${PLAF_QF}/abat_dom/guadeloupe_martinique_reunion/plaf`]: {
    label: "Plafond de la réduction en Guadeloupe, Martinique et à La Réunion",
    description: "Montant maximal de la réduction d'impôt des contribuables domiciliés en Guadeloupe, en Martinique ou à La Réunion.",
  },
  [`${PLAF_QF}/abat_dom/guyane_mayotte/taux`]: {
    label: "Taux de la réduction en Guyane et à Mayotte",
    description: "Taux de la réduction d'impôt des contribuables domiciliés en Guyane ou à Mayotte.",
  },
  [`${PLAF_QF}/abat_dom/guyane_mayotte/plaf`]: {
    label: "Plafond de la réduction en Guyane et à Mayotte",
    description: "Montant maximal de la réduction d'impôt des contribuables domiciliés en Guyane ou à Mayotte.",
  },
  // Seuils de mise en recouvrement (CGI art. 1657)
  ["impot_revenu/calcul_impot_revenu/recouvrement/min_avant_credits_impots"]: {
    label: "Seuil de mise en recouvrement avant imputations",
    description: "Impôt, avant imputation des crédits d'impôt, en dessous duquel un impôt restant positif n'est pas mis en recouvrement.",
  },
  ["impot_revenu/calcul_impot_revenu/recouvrement/min_apres_credits_impots"]: {
    label: "Seuil de mise en recouvrement après imputations",
    description: "Impôt restant dû, après imputation des crédits d'impôt, en dessous duquel il n'est pas mis en recouvrement.",
  },
  // Revenus imposables
  // Prime pour l'emploi (CGI art. 200 sexies, revenus de 2000 à 2015)
  // Plafonnement global des avantages fiscaux (CGI art. 200-0 A)
  // Protection du patrimoine naturel (CGI art. 199 octovicies)
  // Contribution différentielle sur les hauts revenus (CGI art. 224)
  [`${CDHR}/majoration_impot_couple`]: {
    label: "CDHR : majoration de l'impôt d'un couple",
    description:
      "Montant ajouté à l'impôt d'un couple marié ou pacsé avant de le comparer à l'impôt minimal de la contribution différentielle.",
    reference: CGI_224,
  },
  [`${CDHR}/majoration_impot_pac`]: {
    label: "CDHR : majoration de l'impôt par personne à charge",
    description:
      "Montant ajouté à l'impôt, par personne à charge, avant de le comparer à l'impôt minimal de la contribution différentielle.",
    reference: CGI_224,
  },
  [`${CDHR}/plafond_revenus_decote_celibataire`]: {
    label: "CDHR : revenu maximal de la décote d'une personne seule",
    description: "Revenu au-delà duquel une personne seule n'a plus de décote sur la contribution différentielle.",
    reference: CGI_224,
  },
  [`${CDHR}/plafond_revenus_decote_couple`]: {
    label: "CDHR : revenu maximal de la décote d'un couple",
    description: "Revenu au-delà duquel un couple soumis à imposition commune n'a plus de décote sur la contribution différentielle.",
    reference: CGI_224,
  },
  [`${CDHR}/seuil_celibataire`]: {
    label: "CDHR : seuil de revenu d'une personne seule",
    description: "Revenu au-delà duquel une personne seule est redevable de la contribution différentielle sur les hauts revenus.",
    reference: CGI_224,
  },
  [`${CDHR}/seuil_couple`]: {
    label: "CDHR : seuil de revenu d'un couple",
    description:
      "Revenu au-delà duquel un couple soumis à imposition commune est redevable de la contribution différentielle sur les hauts revenus.",
    reference: CGI_224,
  },
  [`${CDHR}/taux_acompte`]: {
    label: "CDHR : taux de l'acompte",
    description: "Part de la contribution différentielle estimée à verser en acompte en décembre de l'année des revenus.",
    reference: CGI_224,
  },
  [`${CDHR}/taux_cdhr`]: {
    label: "Taux de la contribution différentielle sur les hauts revenus",
    description: "Taux minimal d'imposition des hauts revenus, appliqué au revenu retenu pour la contribution différentielle.",
    reference: CGI_224,
  },
  [`${CDHR}/taux_decote`]: {
    label: "CDHR : taux de la décote",
    description: "Taux appliqué à l'excédent du revenu sur le seuil, dont l'impôt minimal est diminué pour obtenir la décote.",
    reference: CGI_224,
  },
  [`${CDHR}/taux_penalite_acompte`]: {
    label: "CDHR : taux de la majoration de l'acompte",
    description: "Majoration appliquée à un acompte de contribution différentielle non versé, versé en retard ou sous-estimé.",
    reference: CGI_224,
  },
  [`${CDHR}/taux_seuil_sous_estimation`]: {
    label: "CDHR : sous-estimation tolérée de l'acompte",
    description: "Écart toléré entre l'acompte versé et l'acompte dû avant que la majoration ne s'applique.",
    reference: CGI_224,
  },
  // Prélèvement forfaitaire unique (CGI art. 200 A, 1, A)
  // Revenus des professions non salariées (CGI art. 50-0, 64 bis, 102 ter, 158, 7)
  // Plus-values imposées à taux proportionnel (CGI art. 200 A et suivants)
  [`${PV}/pvce`]: {
    label: "Taux des plus-values professionnelles à long terme",
    description: "Taux d'imposition des plus-values nettes à long terme des activités non salariées (CGI art. 39 terdecies).",
    reference: [{ title: "Code général des impôts, article 39 terdecies" }],
  },
  [`${PV}/pv_cession_valeurs_mobilieres_pv_professionnelles/taux`]: {
    label: "Taux des plus-values de cession de valeurs mobilières",
    description:
      "Taux proportionnel d'imposition des plus-values de cession de valeurs mobilières imposées hors barème (2011, 2012, puis depuis 2018).",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/actions_gratuites/cession_plus_2/taux_tranche_inferieure`]: {
    label: "Actions gratuites conservées plus de deux ans (jusqu'à 152 500 €)",
    description:
      "Taux d'imposition des gains d'acquisition d'actions gratuites attribuées avant le 28 septembre 2012 et conservées plus de deux ans, jusqu'à 152 500 €.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/actions_gratuites/cession_moins_2/taux_tranche_inferieure`]: {
    label: "Actions gratuites conservées moins de deux ans (jusqu'à 152 500 €)",
    description:
      "Taux d'imposition des gains d'acquisition d'actions gratuites attribuées avant le 28 septembre 2012 et conservées au plus deux ans, jusqu'à 152 500 €.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/actions_gratuites/cession_moins_2/taux_tranche_superieure`]: {
    label: "Actions gratuites conservées moins de deux ans (au-delà de 152 500 €)",
    description:
      "Taux d'imposition des gains d'acquisition d'actions gratuites attribuées avant le 28 septembre 2012 et conservées au plus deux ans, au-delà de 152 500 €.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/pea/taux_avant_2_ans`]: {
    label: "Plus-values d'un PEA clos avant deux ans",
    description: "Taux d'imposition du gain d'un plan d'épargne en actions clos avant deux ans (jusqu'en 2018).",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/pea/taux_posterieur`]: {
    label: "Plus-values d'un PEA clos entre deux et cinq ans",
    description: "Taux d'imposition du gain d'un plan d'épargne en actions clos entre deux et cinq ans (jusqu'en 2018).",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/plus_values/taux_pv_entrep`]: {
    label: "Plus-values de cession de titres par un entrepreneur",
    description: "Taux d'imposition des plus-values de cession de titres réalisées par un créateur d'entreprise (revenus de 2012).",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/bspce/taux_plus_3_ans_pre_2018`]: {
    label: "Gains de BSPCE, activité de plus de trois ans",
    description:
      "Taux d'imposition des gains de cession de titres souscrits en exercice de BSPCE attribués avant 2018, pour une activité de plus de trois ans dans la société.",
    reference: [{ title: "Code général des impôts, article 163 bis G" }],
  },
  [`${PV}/bspce/taux_moins_3_ans`]: {
    label: "Gains de BSPCE, activité de moins de trois ans",
    description:
      "Taux d'imposition des gains de cession de titres souscrits en exercice de BSPCE, pour une activité de moins de trois ans dans la société.",
    reference: [{ title: "Code général des impôts, article 163 bis G" }],
  },
  [`${PV}/report_impot_expire/taux_cas_general`]: {
    label: "Plus-values dont le report a expiré (cas général)",
    description: "Taux d'imposition des plus-values en report d'imposition dont le report a expiré, dans le cas général.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/report_impot_expire/taux_conditionnel`]: {
    label: "Plus-values dont le report a expiré (créateurs d'entreprise)",
    description:
      "Taux d'imposition des plus-values en report dont le report a expiré, pour les cessions de créateurs d'entreprise (art. 200 A, 2 bis, version de 2012).",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PV}/etnc`]: {
    label: "Profits sur instruments financiers dans un État non coopératif",
    description:
      "Taux forfaitaire d'imposition des profits sur instruments financiers réalisés dans des États ou territoires non coopératifs.",
    reference: [{ title: "Code général des impôts, article 150 ter" }],
  },
  // Charges déductibles du revenu global (CGI art. 156, II)
  // Réductions et crédits d'impôt : dons, enfants scolarisés, agriculteurs, comptabilité, cotisations syndicales
  // Prélèvement forfaitaire libératoire (CGI art. 125-0 A, 125 A)
  // Emploi d'un salarié à domicile (CGI art. 199 sexdecies), garde d'enfants, prêts étudiants, loyers impayés
  // Souscriptions de parts de FCPI et de FIP (CGI art. 199 terdecies-0 A, VI)
  // Prélèvements sociaux sur les revenus du capital
  // Investissement locatif dans le secteur touristique (CGI art. 199 decies E à 199 decies G)
  // Restauration immobilière « Malraux » (CGI art. 199 tervicies)
};
