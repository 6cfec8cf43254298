/**
 * Zéro's own wording for the parameters of the impôt sur le revenu. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` and `import-scales.ts` (through `parameter-descriptions.ts`),
 * never at runtime. The income tax's parameters are dated by the year of the incomes taxed.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import {
  CDHR,
  CHARGES,
  CREDITS,
  DEMI_PART,
  MICRO,
  PFL,
  PFU,
  PLAF_NICH,
  PLAF_QF,
  PPE,
  PV,
  QF,
  REDUCTIONS,
  REVENUS,
  RSCR,
  RVCM,
} from "./parameter-descriptions-impot-revenu-paths.ts";
import { impotRevenuCalculWordings } from "./parameter-descriptions-impot-revenu-calcul.ts";
import { impotRevenuRevenusWordings } from "./parameter-descriptions-impot-revenu-revenus.ts";
import { impotRevenuCreditsWordings } from "./parameter-descriptions-impot-revenu-credits.ts";
import { impotRevenuReductionsWordings } from "./parameter-descriptions-impot-revenu-reductions.ts";

export const impotRevenuWordings: Readonly<Record<string, ParameterWording>> = {
  ...impotRevenuCalculWordings,
  ...impotRevenuRevenusWordings,
  ...impotRevenuReductionsWordings,
  ...impotRevenuCreditsWordings,
  // Duflot, Pinel et Denormandie (CGI art. 199 novovicies)
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/plafond`]: {
    label: "Pinel : plafond des investissements",
    description:
      "Montant annuel des investissements retenus, pour l'ensemble des logements du foyer, pour les réductions Duflot, Pinel et Denormandie.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_9_ans/taux_metro`]: {
    label: "Pinel : taux, engagement de 9 ans, en métropole",
    description:
      "Taux de la réduction pour un engagement de location de 9 ans en métropole (réduit pour les investissements depuis 2023, hors logements performants).",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_9_ans/taux_metro_qpv_performant`]: {
    label: "Pinel : taux plein, engagement de 9 ans, en métropole",
    description:
      "Taux maintenu depuis 2023 pour un engagement de location de 9 ans en métropole d'un logement performant ou en quartier prioritaire.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_9_ans/taux_om`]: {
    label: "Pinel : taux, engagement de 9 ans, outre-mer",
    description:
      "Taux de la réduction pour un engagement de location de 9 ans outre-mer (réduit pour les investissements depuis 2023, hors logements performants).",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_9_ans/taux_om_qpv_performant`]: {
    label: "Pinel : taux plein, engagement de 9 ans, outre-mer",
    description:
      "Taux maintenu depuis 2023 pour un engagement de location de 9 ans outre-mer d'un logement performant ou en quartier prioritaire.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_6_ans/taux_metro`]: {
    label: "Pinel : taux, engagement de 6 ans, en métropole",
    description:
      "Taux de la réduction pour un engagement de location de 6 ans en métropole (réduit pour les investissements depuis 2023, hors logements performants).",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_6_ans/taux_metro_qpv_performant`]: {
    label: "Pinel : taux plein, engagement de 6 ans, en métropole",
    description:
      "Taux maintenu depuis 2023 pour un engagement de location de 6 ans en métropole d'un logement performant ou en quartier prioritaire.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_6_ans/taux_om`]: {
    label: "Pinel : taux, engagement de 6 ans, outre-mer",
    description:
      "Taux de la réduction pour un engagement de location de 6 ans outre-mer (réduit pour les investissements depuis 2023, hors logements performants).",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_6_ans/taux_om_qpv_performant`]: {
    label: "Pinel : taux plein, engagement de 6 ans, outre-mer",
    description:
      "Taux maintenu depuis 2023 pour un engagement de location de 6 ans outre-mer d'un logement performant ou en quartier prioritaire.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/taux_prolongation/taux_prolong1_6ans`]: {
    label: "Pinel : première prolongation d'un engagement de six ans",
    description: "Taux de la réduction pour la première prolongation de trois ans d'un engagement de location de six ans.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/taux_prolongation/taux_prolong2_6ans`]: {
    label: "Pinel : seconde prolongation d'un engagement de six ans",
    description: "Taux de la réduction pour la seconde prolongation de trois ans d'un engagement de location de six ans.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/taux_prolongation/taux_prolong1_9ans`]: {
    label: "Pinel : prolongation d'un engagement de neuf ans",
    description: "Taux de la réduction pour la prolongation de trois ans d'un engagement de location de neuf ans.",
    reference: [{ title: "Code général des impôts, article 199 novovicies" }],
  },
  [`${CREDITS}/prlire/taux`]: {
    label: "Taux du prélèvement libératoire restitué sur l'assurance-vie",
    description:
      "Taux du prélèvement libératoire sur les produits d'assurance-vie restitué dans la limite de l'abattement annuel non utilisé.",
    reference: [{ title: "Code général des impôts, article 125-0 A" }],
  },
};

/** Scales (barèmes): imported by `import-scales.ts`. */
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
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie`]:
    "Réductions Duflot, Pinel et Denormandie (CGI art. 199 novovicies).",
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_9_ans`]: "Engagement de location de neuf ans.",
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/location_6_ans`]: "Engagement de location de six ans.",
  [`${REDUCTIONS}/investissements_immobiliers/duflot_pinel_denormandie/taux_prolongation`]: "Prolongations de l'engagement de location.",
  [`${CREDITS}/prlire`]: "Prélèvement libératoire restitué sur les produits d'assurance-vie (CGI art. 125-0 A).",
};
