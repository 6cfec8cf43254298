/**
 * Zéro's own wording for the parameters of the impôt sur le revenu. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` and `import-scales-impot-revenu.ts` (through `parameter-descriptions.ts`),
 * never at runtime. The income tax's parameters are dated by the year of the incomes taxed.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const PLAF_QF = "impot_revenu/calcul_impot_revenu/plaf_qf";
const QF = `${PLAF_QF}/quotient_familial`;
const DEMI_PART = `${PLAF_QF}/plafond_avantages_procures_par_demi_part`;
const RSCR = `${PLAF_QF}/reduction_ss_condition_revenus`;
const REVENUS = "impot_revenu/calcul_revenus_imposables";
const RVCM = `${REVENUS}/rvcm`;

const PPE = "impot_revenu/credits_impots/ppe";
const PLAF_NICH = "impot_revenu/credits_impots/plaf_nich";
const REDUCTIONS = "impot_revenu/calcul_reductions_impots";

const CGI_194 = [{ title: "Code général des impôts, article 194" }];
const CGI_200_SEXIES = [{ title: "Code général des impôts, article 200 sexies" }];
const CDHR = "impot_revenu/contributions_exceptionnelles/contribution_differentielle_hauts_revenus";
const PFU = "taxation_capital/prelevement_forfaitaire/partir_2018";
const CGI_224 = [{ title: "Code général des impôts, article 224" }];
const RPNS = `${REVENUS}/rpns`;
const MICRO = `${RPNS}/micro/microentreprise`;
const PV = "impot_revenu/calcul_impot_revenu/pv";
const CHARGES = `${REVENUS}/charges_deductibles`;
const CREDITS = "impot_revenu/credits_impots";
const PFL = "taxation_capital/prelevement_forfaitaire";
const CGI_200_0_A = [{ title: "Code général des impôts, article 200-0 A" }];

export const impotRevenuWordings: Readonly<Record<string, ParameterWording>> = {
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
  [`${REVENUS}/deductions/abatpro/min2`]: {
    label: "Minimum de la déduction de 10 % des chômeurs de longue durée",
    description:
      "Montant annuel minimal de la déduction forfaitaire pour frais professionnels des demandeurs d'emploi depuis plus d'un an (jusqu'en 2017).",
  },
  [`${REVENUS}/deductions/abatpen/taux`]: {
    label: "Taux de l'abattement sur les pensions",
    description: "Fraction des pensions et retraites imposables retranchée au titre de l'abattement forfaitaire de 10 %.",
  },
  [`${REVENUS}/deductions/abatpen/min`]: {
    label: "Minimum de l'abattement sur les pensions",
    description: "Montant minimal de l'abattement sur les pensions, par pensionné, sans pouvoir dépasser sa pension.",
  },
  [`${REVENUS}/deductions/abatpen/max`]: {
    label: "Plafond de l'abattement sur les pensions",
    description: "Montant maximal de l'abattement sur les pensions, pour l'ensemble des pensions du foyer fiscal.",
  },
  [`${REVENUS}/deductions/abatviag/taux1`]: {
    label: "Part imposable des rentes viagères (moins de 50 ans)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait moins de 50 ans à l'entrée en jouissance.",
  },
  [`${REVENUS}/deductions/abatviag/taux2`]: {
    label: "Part imposable des rentes viagères (50 à 59 ans)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait de 50 à 59 ans à l'entrée en jouissance.",
  },
  [`${REVENUS}/deductions/abatviag/taux3`]: {
    label: "Part imposable des rentes viagères (60 à 69 ans)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait de 60 à 69 ans à l'entrée en jouissance.",
  },
  [`${REVENUS}/deductions/abatviag/taux4`]: {
    label: "Part imposable des rentes viagères (70 ans et plus)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait 70 ans ou plus à l'entrée en jouissance.",
  },
  [`${REVENUS}/abat_rni/enfant_marie`]: {
    label: "Abattement par enfant marié rattaché",
    description: "Abattement sur le revenu net global pour chaque enfant marié, pacsé ou chargé de famille rattaché au foyer (case N).",
  },
  [`${REVENUS}/rpns/micro/microfoncier/plafond_recettes`]: {
    label: "Plafond de recettes du micro-foncier",
    description: "Montant annuel brut des loyers au-delà duquel le régime micro-foncier ne s'applique pas.",
  },
  [`${REVENUS}/rpns/micro/microfoncier/taux`]: {
    label: "Abattement du micro-foncier",
    description: "Abattement forfaitaire appliqué aux loyers bruts déclarés au régime micro-foncier.",
  },
  [`${RVCM}/majoration_revenus_reputes_distribues`]: {
    label: "Majoration des revenus réputés distribués",
    description:
      "Coefficient de majoration des revenus réputés distribués et de certains revenus de capitaux mobiliers retenus pour l'impôt.",
  },
  [`${RVCM}/produits_assurances_vies_assimiles/abattement_celib`]: {
    label: "Abattement sur les produits d'assurance-vie (personne seule)",
    description: "Abattement annuel sur les produits des contrats d'assurance-vie de plus de huit ans d'une personne seule.",
  },
  [`${RVCM}/produits_assurances_vies_assimiles/abattement_couple`]: {
    label: "Abattement sur les produits d'assurance-vie (couple)",
    description:
      "Abattement annuel sur les produits des contrats d'assurance-vie de plus de huit ans d'un couple soumis à imposition commune.",
  },
  [`${RVCM}/revenus_capitaux_mobiliers_dividendes/abattement_forfaitaire`]: {
    label: "Abattement forfaitaire sur les dividendes (jusqu'en 2012)",
    description: "Abattement annuel fixe sur les dividendes, par déclarant (supprimé pour les revenus de 2012 et après).",
  },
  [`${RVCM}/revenus_capitaux_mobiliers_dividendes/taux_abattement`]: {
    label: "Abattement proportionnel sur les dividendes",
    description: "Fraction des dividendes non retenue dans le revenu imposable au barème (abattement de 40 %).",
  },
  [`${RVCM}/taux_forfaitaire`]: {
    label: "Taux forfaitaire sur les revenus de capitaux mobiliers",
    description: "Taux d'imposition forfaitaire de certains produits de capitaux mobiliers (bons et contrats de capitalisation).",
    reference: [{ title: "Code général des impôts, article 125-0 A" }],
  },
  // Prime pour l'emploi (CGI art. 200 sexies, revenus de 2000 à 2015)
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
  // Plafonnement global des avantages fiscaux (CGI art. 200-0 A)
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
  // Protection du patrimoine naturel (CGI art. 199 octovicies)
  [`${REDUCTIONS}/divers/protection_patrimoine_naturel/taux`]: {
    label: "Taux de la réduction pour la protection du patrimoine naturel",
    description: "Fraction des dépenses de protection du patrimoine naturel de l'année retranchée de l'impôt (dépenses de 2010 à 2013).",
    reference: [{ title: "Code général des impôts, article 199 octovicies" }],
  },
  [`${REDUCTIONS}/divers/protection_patrimoine_naturel/plafond`]: {
    label: "Plafond des dépenses de protection du patrimoine naturel",
    description: "Montant annuel maximal des dépenses de protection du patrimoine naturel retenues pour la réduction d'impôt.",
    reference: [{ title: "Code général des impôts, article 199 octovicies" }],
  },
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
  [`${PFU}/taux_prelevement_forfaitaire_rev_capital_eligibles_pfu_interets_dividendes_etc`]: {
    label: "Taux du prélèvement forfaitaire unique (impôt sur le revenu)",
    description: "Taux de l'impôt sur le revenu dû au titre du prélèvement forfaitaire unique sur les revenus et plus-values mobiliers.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PFU}/taux_prelevement_produits_assurance_vie_non_eligibles_prelevement_forfaitaire_unique`]: {
    label: "Taux réduit du prélèvement forfaitaire unique sur l'assurance-vie",
    description:
      "Taux de l'impôt sur le revenu sur les produits des contrats d'assurance-vie de plus de huit ans, pour les primes dans la limite de 150 000 €.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  // Revenus des professions non salariées (CGI art. 50-0, 64 bis, 102 ter, 158, 7)
  [`${RPNS}/cga_taux2`]: {
    label: "Majoration des revenus sans centre de gestion agréé",
    description:
      "Taux de majoration des bénéfices des professionnels qui n'adhèrent pas à un centre ou une association de gestion agréés (jusqu'en 2022).",
    reference: [{ title: "Code général des impôts, article 158, 7" }],
  },
  [`${MICRO}/montant_minimum`]: {
    label: "Abattement minimal des micro-entreprises",
    description: "Montant minimal de l'abattement forfaitaire sur les recettes des régimes micro-BIC et micro-BNC.",
    reference: [{ title: "Code général des impôts, articles 50-0 et 102 ter" }],
  },
  [`${MICRO}/regime_micro_bic/marchandises/taux`]: {
    label: "Abattement micro-BIC : ventes",
    description:
      "Taux de l'abattement forfaitaire sur le chiffre d'affaires des ventes de marchandises et des locations de tourisme classées.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bic/marchandises/plafond`]: {
    label: "Plafond du micro-BIC : ventes",
    description: "Chiffre d'affaires hors taxes maximal des activités de vente pour relever du régime micro-BIC.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bic/services/taux`]: {
    label: "Abattement micro-BIC : services",
    description: "Taux de l'abattement forfaitaire sur les recettes des prestations de services relevant du régime micro-BIC.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bic/services/plafond`]: {
    label: "Plafond du micro-BIC : services",
    description: "Chiffre d'affaires hors taxes maximal des prestations de services pour relever du régime micro-BIC.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bnc/taux`]: {
    label: "Abattement micro-BNC",
    description: "Taux de l'abattement forfaitaire sur les recettes des bénéfices non commerciaux au régime déclaratif spécial.",
    reference: [{ title: "Code général des impôts, article 102 ter" }],
  },
  [`${MICRO}/regime_micro_bnc/plafond`]: {
    label: "Plafond du micro-BNC",
    description: "Recettes maximales pour relever du régime déclaratif spécial des bénéfices non commerciaux.",
    reference: [{ title: "Code général des impôts, article 102 ter" }],
  },
  [`${MICRO}/regime_micro_ba/taux`]: {
    label: "Abattement micro-BA",
    description: "Taux de l'abattement forfaitaire sur les recettes agricoles au régime micro-BA (depuis 2016).",
    reference: [{ title: "Code général des impôts, article 64 bis" }],
  },
  [`${MICRO}/regime_micro_ba/maj_frag`]: {
    label: "Majoration des anciens forfaits agricoles",
    description:
      "Majoration des bénéfices forfaitaires agricoles des années antérieures retenus dans la moyenne du régime micro-BA (2016 et 2017).",
    reference: [{ title: "Code général des impôts, article 64 bis" }],
  },
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
  [`${RPNS}/taux10`]: {
    label: "Taux réduit des produits de brevets",
    description: "Taux d'imposition à 10 % des produits de la cession ou de la concession de brevets et d'inventions, depuis 2019.",
    reference: [{ title: "Code général des impôts, article 238" }],
  },
  // Charges déductibles du revenu global (CGI art. 156, II)
  [`${CHARGES}/pensions_alimentaires/plafond`]: {
    label: "Plafond de la pension alimentaire déductible par enfant majeur",
    description: "Montant maximal déductible de la pension alimentaire versée à un enfant majeur, par enfant.",
    reference: [{ title: "Code général des impôts, article 156, II, 2°" }],
  },
  [`${CHARGES}/pensions_alimentaires/taux_jgt_2006`]: {
    label: "Revalorisation des pensions fixées avant 2006",
    description:
      "Coefficient appliqué aux pensions alimentaires versées en vertu d'une décision de justice définitive avant le 1er janvier 2006.",
    reference: [{ title: "Code général des impôts, article 156, II, 2°" }],
  },
  [`${CHARGES}/accueil_personne_agee/plafond`]: {
    label: "Plafond de la déduction pour l'accueil d'une personne âgée",
    description: "Montant maximal déductible, par personne accueillie, des frais d'accueil sous son toit d'une personne de plus de 75 ans.",
    reference: [{ title: "Code général des impôts, article 156, II, 2° ter" }],
  },
  [`${CHARGES}/grosses_reparations/plafond`]: {
    label: "Plafond des grosses réparations des nus-propriétaires",
    description: "Montant annuel maximal des dépenses de grosses réparations déductibles par un nu-propriétaire (dépenses de 2009 à 2017).",
    reference: [{ title: "Code général des impôts, article 156, I, 3°" }],
  },
  ["taxation_capital/prelevements_sociaux/csg/taux_deductible/revenus_du_patrimoine"]: {
    label: "CSG déductible sur les revenus du patrimoine",
    description: "Part du taux de la CSG sur les revenus du patrimoine déductible du revenu imposable.",
    reference: [{ title: "Code général des impôts, article 154 quinquies" }],
  },
  // Réductions et crédits d'impôt : dons, enfants scolarisés, agriculteurs, comptabilité, cotisations syndicales
  [`${REDUCTIONS}/dons/taux_reduction`]: {
    label: "Taux de la réduction pour dons",
    description: "Part des dons aux œuvres et organismes d'intérêt général retranchée de l'impôt.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/plafond_dons`]: {
    label: "Plafond des dons en part du revenu imposable",
    description:
      "Part du revenu net imposable au-delà de laquelle les dons n'ouvrent pas droit à la réduction de l'année (l'excédent est reporté).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_coluche/plafond`]: {
    label: "Plafond des dons aux organismes d'aide aux personnes en difficulté",
    description: "Montant des dons aux organismes fournissant gratuitement repas, soins ou logement ouvrant droit au taux majoré.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_coluche/taux`]: {
    label: "Taux majoré des dons aux organismes d'aide aux personnes en difficulté",
    description: "Taux de la réduction pour les dons aux organismes d'aide aux personnes en difficulté, dans leur plafond.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_aux_partis_politiques/plafond_seul`]: {
    label: "Plafond des dons aux partis politiques, par personne",
    description: "Montant annuel maximal des dons et cotisations aux partis et groupements politiques retenus, par déclarant.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_aux_partis_politiques/plafond_foyer`]: {
    label: "Plafond des dons aux partis politiques, par foyer",
    description: "Montant annuel maximal des dons et cotisations aux partis et groupements politiques retenus, par foyer fiscal.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_notre_dame/plafond`]: {
    label: "Plafond des dons pour Notre-Dame de Paris",
    description: "Montant des dons pour la restauration de Notre-Dame de Paris ouvrant droit au taux majoré (dons de 2019).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_notre_dame/taux`]: {
    label: "Taux des dons pour Notre-Dame de Paris",
    description: "Taux de la réduction pour les dons pour la restauration de Notre-Dame de Paris, dans leur plafond.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_cultuels/plafond_dons`]: {
    label: "Plafond des dons aux associations cultuelles au taux majoré",
    description: "Montant des dons aux associations cultuelles ouvrant droit au taux majoré (dons de 2021 et 2022).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_patrimoine_religieux/plafond`]: {
    label: "Plafond des dons pour le patrimoine religieux au taux majoré",
    description: "Montant des dons pour la conservation du patrimoine religieux ouvrant droit au taux majoré (dons de 2023 à 2025).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/enfants_scolarises/college`]: {
    label: "Réduction par enfant au collège",
    description: "Réduction d'impôt par enfant à charge poursuivant des études au collège (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 199 quater F" }],
  },
  [`${REDUCTIONS}/enfants_scolarises/lycee`]: {
    label: "Réduction par enfant au lycée",
    description: "Réduction d'impôt par enfant à charge poursuivant des études au lycée (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 199 quater F" }],
  },
  [`${REDUCTIONS}/enfants_scolarises/universite`]: {
    label: "Réduction par enfant dans l'enseignement supérieur",
    description: "Réduction d'impôt par enfant à charge poursuivant des études supérieures (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 199 quater F" }],
  },
  [`${REDUCTIONS}/divers/interets_paiements_differes_agriculteurs/plafond`]: {
    label: "Plafond des intérêts de paiement différé des agriculteurs",
    description: "Montant des intérêts retenus, par déclarant, pour la réduction au titre du paiement différé accordé aux agriculteurs.",
    reference: [{ title: "Code général des impôts, article 199 vicies A" }],
  },
  [`${REDUCTIONS}/divers/interets_paiements_differes_agriculteurs/taux`]: {
    label: "Taux de la réduction pour paiement différé des agriculteurs",
    description: "Part des intérêts dus pour un paiement différé accordé aux agriculteurs retranchée de l'impôt.",
    reference: [{ title: "Code général des impôts, article 199 vicies A" }],
  },
  [`${REDUCTIONS}/divers/frais_de_comptabilite/plafond`]: {
    label: "Plafond de la réduction pour frais de comptabilité",
    description: "Montant maximal, par activité, de la réduction pour frais de comptabilité et d'adhésion à un centre de gestion agréé.",
    reference: [{ title: "Code général des impôts, article 199 quater B" }],
  },
  [`${REDUCTIONS}/cotisations_syndicales/plafond`]: {
    label: "Plafond des cotisations syndicales (réduction)",
    description:
      "Part des salaires et pensions imposables au-delà de laquelle les cotisations syndicales ne sont pas retenues (réduction, jusqu'en 2011).",
    reference: [{ title: "Code général des impôts, article 199 quater C" }],
  },
  [`${REDUCTIONS}/cotisations_syndicales/taux`]: {
    label: "Taux de la réduction pour cotisations syndicales",
    description: "Part des cotisations syndicales retranchée de l'impôt (réduction, jusqu'en 2011).",
    reference: [{ title: "Code général des impôts, article 199 quater C" }],
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
  // Prélèvement forfaitaire libératoire (CGI art. 125-0 A, 125 A)
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90/duree_8_ans_et_produits_apres_1998`]: {
    label: "Prélèvement libératoire : assurance-vie de huit ans et plus",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits depuis 1990, d'une durée d'au moins huit ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90/duree_moins_de_4_ans`]: {
    label: "Prélèvement libératoire : assurance-vie de moins de quatre ans",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits depuis 1990, d'une durée de moins de quatre ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90/duree_4_a_8_ans`]: {
    label: "Prélèvement libératoire : assurance-vie de quatre à huit ans",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits depuis 1990, d'une durée de quatre à huit ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/entre_1_1_83_et_31_12_89/six_ans_produits_apres_98`]: {
    label: "Prélèvement libératoire : assurance-vie souscrite avant 1990, six ans et plus",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits de 1983 à 1989, d'une durée d'au moins six ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/avec_anonymat`]: {
    label: "Prélèvement libératoire : contrats anonymes",
    description: "Taux du prélèvement libératoire sur les produits des bons et contrats dont le bénéficiaire ne révèle pas son identité.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/produits_vers_etats_non_cooperatifs`]: {
    label: "Prélèvement libératoire : assurance-vie dans un État non coopératif",
    description: "Taux du prélèvement libératoire sur les produits des bons et contrats payés dans un État ou territoire non coopératif.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_taux_fixe/dividendes`]: {
    label: "Prélèvement libératoire sur les dividendes",
    description: "Taux du prélèvement forfaitaire libératoire sur option sur les dividendes (revenus de 2008 à 2012).",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_taux_fixe/autres_produits_de_placement_a_revenu_fixe/courus_entre_le_1_1_95_et_apres`]: {
    label: "Prélèvement libératoire sur les produits de placement à revenu fixe",
    description: "Taux du prélèvement forfaitaire libératoire sur les intérêts et autres produits de placement à revenu fixe.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_taux_fixe/produits_epargne_solidaire_partage`]: {
    label: "Prélèvement libératoire sur l'épargne solidaire de partage",
    description: "Taux du prélèvement forfaitaire libératoire sur les produits d'épargne solidaire de partage.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  // Emploi d'un salarié à domicile (CGI art. 199 sexdecies), garde d'enfants, prêts étudiants, loyers impayés
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond`]: {
    label: "Emploi à domicile (réduction) : plafond annuel des dépenses",
    description: "Plafond annuel des dépenses retenues pour l'emploi d'un salarié à domicile, avant ses majorations.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_1ere_annee`]: {
    label: "Emploi à domicile (réduction) : plafond de la première année",
    description: "Plafond des dépenses retenues la première année où le contribuable emploie directement un salarié à domicile.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_invalides`]: {
    label: "Emploi à domicile (réduction) : plafond des personnes invalides",
    description:
      "Plafond des dépenses retenues lorsqu'un membre du foyer est invalide (carte d'invalidité ou pension d'invalidité de 3e catégorie).",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_maximum`]: {
    label: "Emploi à domicile (réduction) : plafond majoré maximal",
    description: "Montant que le plafond majoré (par personne à charge ou de plus de 65 ans) ne peut dépasser.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_maximum_1ere_annee`]: {
    label: "Emploi à domicile (réduction) : plafond majoré maximal de la première année",
    description: "Montant que le plafond majoré de la première année d'emploi direct ne peut dépasser.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/increment_plafond`]: {
    label: "Emploi à domicile (réduction) : majoration du plafond par personne",
    description:
      "Majoration du plafond des dépenses par enfant à charge (la moitié en résidence alternée) et membre du foyer de plus de 65 ans.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/taux`]: {
    label: "Emploi à domicile (réduction) : taux",
    description: "Part des dépenses retenues pour l'emploi d'un salarié à domicile retranchée de l'impôt ou restituée.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
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
  // Souscriptions de parts de FCPI et de FIP (CGI art. 199 terdecies-0 A, VI)
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/plafond_celibataire`]: {
    label: "FCPI et FIP : plafond des versements d'une personne seule",
    description: "Montant annuel des souscriptions de parts de FCPI ou de FIP retenu pour une personne seule (doublé pour un couple).",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux`]: {
    label: "FCPI et FIP : taux de la réduction",
    description:
      "Part des souscriptions de parts de fonds communs de placement dans l'innovation et de fonds d'investissement de proximité retranchée de l'impôt.",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux_corse`]: {
    label: "FIP corses : taux de la réduction",
    description: "Taux de la réduction pour les souscriptions de parts de fonds d'investissement de proximité investis en Corse.",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux_outre_mer`]: {
    label: "FIP d'outre-mer : taux de la réduction",
    description: "Taux de la réduction pour les souscriptions de parts de fonds d'investissement de proximité investis outre-mer.",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux_special`]: {
    label: "FCPI et FIP : taux majoré temporaire",
    description:
      "Taux majoré de la réduction pour les souscriptions de parts de FCPI et de FIP de la période où il s'applique (2020 et 2021).",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  // Prélèvements sociaux sur les revenus du capital
  ["taxation_capital/prelevements_sociaux/csg/taux_global/produits_de_placement"]: {
    label: "CSG sur les produits de placement et revenus du patrimoine",
    description: "Taux global de la CSG sur les revenus du patrimoine et les produits de placement.",
    reference: [{ title: "Code de la sécurité sociale, articles L136-6 et L136-7" }],
  },
  ["taxation_capital/prelevements_sociaux/csg/taux_global/produits_de_placement_alleges"]: {
    label: "CSG au taux antérieur sur certains revenus du capital",
    description: "Taux de la CSG maintenu, depuis 2026, sur les produits d'assurance-vie, d'épargne logement et les revenus fonciers.",
    reference: [{ title: "Code de la sécurité sociale, articles L136-6 et L136-7" }],
  },
  ["taxation_capital/prelevements_sociaux/prelevement_social/produits_de_placement"]: {
    label: "Prélèvement social sur les revenus du capital",
    description: "Taux du prélèvement social sur les revenus du patrimoine et les produits de placement (jusqu'en 2018).",
    reference: [{ title: "Code de la sécurité sociale, article L245-15" }],
  },
  ["taxation_capital/prelevements_sociaux/caps/produits_de_placement"]: {
    label: "Contribution additionnelle au prélèvement social",
    description: "Taux de la contribution additionnelle au prélèvement social sur les revenus du capital (jusqu'en 2018).",
    reference: [{ title: "Code de l'action sociale et des familles, article L14-10-4" }],
  },
  ["taxation_capital/prelevements_sociaux/caps/rsa"]: {
    label: "Contribution pour le financement du RSA sur les revenus du capital",
    description: "Taux de la contribution additionnelle finançant le RSA sur les revenus du capital (2009 à 2012).",
    reference: [{ title: "Code de l'action sociale et des familles, article L262-24" }],
  },
  ["taxation_capital/prelevements_sociaux/prelevements_solidarite/produits_de_placement"]: {
    label: "Prélèvement de solidarité sur les revenus du capital",
    description: "Taux du prélèvement de solidarité sur les revenus du patrimoine et les produits de placement (depuis 2013).",
    reference: [{ title: "Code général des impôts, article 235 ter" }],
  },
  // Investissement locatif dans le secteur touristique (CGI art. 199 decies E à 199 decies G)
  [`${REDUCTIONS}/investissements_immobiliers/invlst/seuil1`]: {
    label: "Investissement touristique : plafond des dépenses",
    description:
      "Montant des dépenses retenues pour la réduction en faveur de l'investissement locatif dans le secteur touristique (doublé pour un couple).",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/taux_xi`]: {
    label: "Investissement touristique : taux, logements neufs",
    description: "Taux de la réduction pour l'acquisition de logements neufs dans une résidence de tourisme.",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/taux_xj`]: {
    label: "Investissement touristique : taux, réhabilitation",
    description: "Taux de la réduction pour les travaux de reconstruction, d'agrandissement ou de réhabilitation de logements de tourisme.",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/taux_xo`]: {
    label: "Investissement touristique : taux, résidence hôtelière à vocation sociale",
    description: "Taux de la réduction pour les investissements dans une résidence hôtelière à vocation sociale (jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  // Restauration immobilière « Malraux » (CGI art. 199 tervicies)
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/plafond`]: {
    label: "Malraux : plafond des dépenses",
    description: "Montant des dépenses de restauration immobilière retenues (sur quatre années consécutives depuis 2016).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_30`]: {
    label: "Malraux : taux de 30 %",
    description:
      "Taux de la réduction pour les travaux dans un site patrimonial remarquable couvert par un plan de sauvegarde et de mise en valeur, ou dans un quartier ancien dégradé.",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_22`]: {
    label: "Malraux : taux de 22 %",
    description:
      "Taux de la réduction pour les travaux dans un site patrimonial remarquable non couvert par un plan de sauvegarde et de mise en valeur.",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_ra`]: {
    label: "Malraux : taux des dépenses de la case RA",
    description: "Taux de la réduction pour les dépenses en zone de protection du patrimoine (cases 7RA, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_rb`]: {
    label: "Malraux : taux des dépenses de la case RB",
    description: "Taux de la réduction pour les dépenses en secteur sauvegardé ou quartier dégradé (cases 7RB, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_rc`]: {
    label: "Malraux : taux des dépenses de la case RC",
    description: "Taux de la réduction pour les dépenses en zone de protection engagées à partir de 2011 (cases 7RC, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_rd`]: {
    label: "Malraux : taux des dépenses de la case RD",
    description: "Taux de la réduction pour les dépenses en secteur sauvegardé engagées à partir de 2011 (cases 7RD, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
};

/** Scales (barèmes): imported by `import-scales-impot-revenu.ts`. */
export const impotRevenuScaleWordings: Readonly<Record<string, ParameterWording>> = {
  [`${REVENUS}/abat_rni/contribuable_age_invalide`]: {
    label: "Abattement des contribuables âgés ou invalides",
    description:
      "Abattement sur le revenu net global accordé à chaque contribuable âgé de plus de 65 ans au 31 décembre ou invalide, selon le montant de ce revenu (deux tranches, puis rien).",
  },
  ["impot_revenu/bareme_ir_depuis_1945/bareme"]: {
    label: "Barème de l'impôt sur le revenu",
    description: "Barème progressif appliqué à chaque part de quotient familial du revenu net imposable (taux marginaux par tranche).",
  },
  ["impot_revenu/contributions_exceptionnelles/contribution_exceptionnelle_hauts_revenus/celibataire_ou_assimile"]: {
    label: "Contribution sur les hauts revenus, personne seule",
    description:
      "Barème de la contribution exceptionnelle sur les hauts revenus d'un contribuable célibataire, veuf, séparé ou divorcé, appliqué au revenu fiscal de référence.",
  },
  ["impot_revenu/contributions_exceptionnelles/contribution_exceptionnelle_hauts_revenus/maries_ou_pacses"]: {
    label: "Contribution sur les hauts revenus, couple",
    description:
      "Barème de la contribution exceptionnelle sur les hauts revenus des contribuables soumis à imposition commune, appliqué au revenu fiscal de référence.",
  },
};

/** Node descriptions (index.yaml). */
export const impotRevenuNodeWordings: Readonly<Record<string, string>> = {
  ["impot_revenu/calcul_impot_revenu"]: "Calcul de l'impôt sur le revenu à partir du revenu net imposable.",
  [PLAF_QF]: "Quotient familial, plafonnement de ses effets, décote et réductions qui suivent.",
  [`${PLAF_QF}/decote`]: "Décote des impôts faibles (CGI art. 197, I, 4).",
  [DEMI_PART]: "Plafonds de l'avantage procuré par les demi-parts de quotient familial (CGI art. 197, I, 2).",
  [QF]: "Nombre de parts de quotient familial (CGI art. 194 et 195).",
  [`${QF}/cas_general`]: "Parts des déclarants et des personnes à charge.",
  [`${QF}/couple_ou_pers_a_charge`]: "Majorations de parts des couples et des foyers avec personnes à charge.",
  [`${QF}/sans_pers_a_charge`]: "Majorations de parts des personnes seules sans personne à charge.",
  [RSCR]: "Réduction d'impôt sous condition de revenus (revenus de 2016 à 2019).",
  [`${PLAF_QF}/abat_dom`]: "Réduction d'impôt des contribuables domiciliés outre-mer.",
  [`${PLAF_QF}/abat_dom/guadeloupe_martinique_reunion`]: "Guadeloupe, Martinique et La Réunion.",
  [`${PLAF_QF}/abat_dom/guyane_mayotte`]: "Guyane et Mayotte.",
  ["impot_revenu/calcul_impot_revenu/recouvrement"]: "Seuils de mise en recouvrement de l'impôt.",
  [`${REVENUS}/deductions/abatpen`]: "Abattement de 10 % sur les pensions et retraites (CGI art. 158, 5, a).",
  [`${REVENUS}/deductions/abatviag`]: "Fractions imposables des rentes viagères à titre onéreux (CGI art. 158, 6).",
  [`${REVENUS}/rpns/micro/microfoncier`]: "Régime micro-foncier (CGI art. 32).",
  [RVCM]: "Revenus de capitaux mobiliers (CGI art. 158, 3).",
  [`${RVCM}/produits_assurances_vies_assimiles`]: "Produits des contrats d'assurance-vie.",
  [`${RVCM}/revenus_capitaux_mobiliers_dividendes`]: "Dividendes.",
  ["impot_revenu/bareme_ir_depuis_1945"]: "Barème de l'impôt sur le revenu.",
  ["impot_revenu/contributions_exceptionnelles"]: "Contributions exceptionnelles sur les hauts revenus.",
  ["impot_revenu/contributions_exceptionnelles/contribution_exceptionnelle_hauts_revenus"]:
    "Contribution exceptionnelle sur les hauts revenus (CGI art. 223 sexies).",
  ["impot_revenu/credits_impots"]: "Crédits d'impôt sur le revenu et plafonnement des avantages fiscaux.",
  [PPE]: "Prime pour l'emploi (CGI art. 200 sexies, revenus de 2000 à 2015).",
  [`${PPE}/coefficient_majoration_ppe_temps_partiel`]: "Majorations de la prime pour l'emploi des personnes à temps partiel.",
  [`${PPE}/seuils_revenu_activite`]: "Seuils de revenu d'activité de la prime pour l'emploi.",
  [`${PPE}/seuils_rfr_eligibilite`]: "Plafonds de revenu fiscal de référence de la prime pour l'emploi.",
  [`${PPE}/supplements`]: "Majorations forfaitaires de la prime pour l'emploi.",
  [`${PPE}/taux`]: "Taux de la prime pour l'emploi.",
  [PLAF_NICH]: "Plafonnement global des avantages fiscaux (CGI art. 200-0 A).",
  [`${PLAF_NICH}/plafonnement_des_niches`]: "Majorations du plafond global des avantages fiscaux.",
  [REDUCTIONS]: "Réductions d'impôt sur le revenu.",
  [`${REDUCTIONS}/divers`]: "Réductions d'impôt diverses.",
  [`${REDUCTIONS}/divers/protection_patrimoine_naturel`]:
    "Réduction d'impôt pour la protection du patrimoine naturel (CGI art. 199 octovicies).",
  [CDHR]: "Contribution différentielle sur les hauts revenus (CGI art. 224, revenus de 2025 et 2026).",
  ["taxation_capital/prelevement_forfaitaire"]: "Prélèvements forfaitaires sur les revenus du capital.",
  [PFU]: "Prélèvement forfaitaire unique, depuis 2018 (CGI art. 200 A).",
  [`${REVENUS}/rpns`]: "Revenus des professions non salariées.",
  [MICRO]: "Régimes des micro-entreprises (micro-BIC, micro-BNC, micro-BA).",
  [`${MICRO}/regime_micro_bic`]: "Régime micro-BIC (CGI art. 50-0).",
  [`${MICRO}/regime_micro_bic/marchandises`]: "Ventes de marchandises.",
  [`${MICRO}/regime_micro_bic/services`]: "Prestations de services.",
  [`${MICRO}/regime_micro_bnc`]: "Régime déclaratif spécial des BNC (CGI art. 102 ter).",
  [`${MICRO}/regime_micro_ba`]: "Régime micro-BA (CGI art. 64 bis).",
  [PV]: "Taux proportionnels d'imposition des plus-values (CGI art. 200 A et suivants).",
  [`${PV}/pv_cession_valeurs_mobilieres_pv_professionnelles`]: "Plus-values de cession de valeurs mobilières.",
  [`${PV}/actions_gratuites`]: "Gains d'acquisition d'actions gratuites.",
  [`${PV}/actions_gratuites/cession_plus_2`]: "Titres conservés plus de deux ans.",
  [`${PV}/actions_gratuites/cession_moins_2`]: "Titres conservés au plus deux ans.",
  [`${PV}/pea`]: "Plans d'épargne en actions clos avant cinq ans.",
  [`${PV}/plus_values`]: "Plus-values des créateurs d'entreprise.",
  [`${PV}/bspce`]: "Bons de souscription de parts de créateur d'entreprise.",
  [`${PV}/report_impot_expire`]: "Plus-values dont le report d'imposition a expiré.",
  [CHARGES]: "Charges déductibles du revenu global (CGI art. 156, II).",
  [`${CHARGES}/pensions_alimentaires`]: "Pensions alimentaires versées.",
  [`${CHARGES}/accueil_personne_agee`]: "Accueil d'une personne de plus de 75 ans.",
  [`${CHARGES}/grosses_reparations`]: "Grosses réparations des nus-propriétaires.",
  ["taxation_capital/prelevements_sociaux"]: "Prélèvements sociaux sur les revenus du capital.",
  ["taxation_capital/prelevements_sociaux/csg"]: "CSG sur les revenus du capital.",
  ["taxation_capital/prelevements_sociaux/csg/taux_deductible"]: "Part déductible de la CSG sur les revenus du capital.",
  [`${REDUCTIONS}/dons`]: "Réduction d'impôt pour dons (CGI art. 200).",
  [`${REDUCTIONS}/dons/dons_coluche`]: "Dons aux organismes d'aide aux personnes en difficulté.",
  [`${REDUCTIONS}/dons/dons_aux_partis_politiques`]: "Dons aux partis et groupements politiques.",
  [`${REDUCTIONS}/dons/dons_notre_dame`]: "Dons pour la restauration de Notre-Dame de Paris.",
  [`${REDUCTIONS}/dons/dons_cultuels`]: "Dons aux associations cultuelles.",
  [`${REDUCTIONS}/dons/dons_patrimoine_religieux`]: "Dons pour le patrimoine religieux.",
  [`${REDUCTIONS}/enfants_scolarises`]: "Réduction pour frais de scolarité des enfants (CGI art. 199 quater F).",
  [`${REDUCTIONS}/divers/interets_paiements_differes_agriculteurs`]:
    "Intérêts de paiement différé des agriculteurs (CGI art. 199 vicies A).",
  [`${REDUCTIONS}/divers/frais_de_comptabilite`]:
    "Frais de comptabilité et d'adhésion à un centre de gestion agréé (CGI art. 199 quater B).",
  [`${REDUCTIONS}/cotisations_syndicales`]: "Réduction pour cotisations syndicales (jusqu'en 2011).",
  [`${CREDITS}/cotisations_syndicales`]: "Crédit d'impôt pour cotisations syndicales (CGI art. 199 quater C, depuis 2012).",
  [`${PFL}/liberatoire_assurance_vie`]: "Prélèvement libératoire sur les produits d'assurance-vie (CGI art. 125-0 A).",
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements`]: "Bons et contrats de capitalisation et d'assurance-vie.",
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90`]: "Contrats souscrits depuis le 1er janvier 1990.",
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/entre_1_1_83_et_31_12_89`]: "Contrats souscrits de 1983 à 1989.",
  [`${PFL}/liberatoire_taux_fixe`]: "Prélèvement libératoire à taux fixe sur les revenus de placement (CGI art. 125 A).",
  [`${PFL}/liberatoire_taux_fixe/autres_produits_de_placement_a_revenu_fixe`]: "Autres produits de placement à revenu fixe.",
  [`${REDUCTIONS}/emploi_salarie_domicile`]: "Réduction pour l'emploi d'un salarié à domicile (CGI art. 199 sexdecies, jusqu'en 2016).",
  [`${CREDITS}/emploi_salarie_domicile`]: "Crédit d'impôt pour l'emploi d'un salarié à domicile (CGI art. 199 sexdecies).",
  [`${CREDITS}/gardenf`]: "Crédit pour frais de garde des jeunes enfants (CGI art. 200 quater B).",
  [`${CREDITS}/preetu`]: "Crédit pour les intérêts des prêts étudiants (CGI art. 200 terdecies).",
  [`${REDUCTIONS}/souscriptions`]: "Réductions pour souscriptions au capital de sociétés et de fonds.",
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip`]: "Parts de FCPI et de FIP (CGI art. 199 terdecies-0 A, VI).",
  ["taxation_capital/prelevements_sociaux/csg/taux_global"]: "Taux global de la CSG sur les revenus du capital.",
  ["taxation_capital/prelevements_sociaux/prelevement_social"]: "Prélèvement social sur les revenus du capital (jusqu'en 2018).",
  ["taxation_capital/prelevements_sociaux/caps"]: "Contributions additionnelles au prélèvement social.",
  ["taxation_capital/prelevements_sociaux/prelevements_solidarite"]: "Prélèvement de solidarité (depuis 2013).",
  [`${REDUCTIONS}/investissements_immobiliers`]: "Réductions pour investissements immobiliers.",
  [`${REDUCTIONS}/investissements_immobiliers/invlst`]:
    "Investissement locatif dans le secteur touristique (CGI art. 199 decies E à 199 decies G).",
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati`]: "Restauration immobilière « Malraux » (CGI art. 199 tervicies).",
};
