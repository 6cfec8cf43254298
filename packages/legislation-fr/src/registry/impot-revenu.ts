// The variables of variables/impot_revenu/ (impôt sur le revenu), listed explicitly.
import type { Variable } from "@zero/engine";
import { aacc_timp } from "../../variables/impot_revenu/aacc_timp.ts";
import { abat_spe } from "../../variables/impot_revenu/abat_spe.ts";
import { abattements_plus_values } from "../../variables/impot_revenu/abattements_plus_values.ts";
import { assiette_csg_revenus_capital } from "../../variables/impot_revenu/assiette_csg_revenus_capital.ts";
import { assiette_csg_revenus_capital_alleges } from "../../variables/impot_revenu/assiette_csg_revenus_capital_alleges.ts";
import { assloy } from "../../variables/impot_revenu/assloy.ts";
import { assurance_vie_pfu_ir } from "../../variables/impot_revenu/assurance_vie_pfu_ir.ts";
import { atimp } from "../../variables/impot_revenu/atimp.ts";
import { autent } from "../../variables/impot_revenu/autent.ts";
import { avantage_qf } from "../../variables/impot_revenu/avantage_qf.ts";
import { cd1 } from "../../variables/impot_revenu/cd1.ts";
import { cd_acc75a } from "../../variables/impot_revenu/cd_acc75a.ts";
import { cd_deddiv } from "../../variables/impot_revenu/cd_deddiv.ts";
import { cd_eparet } from "../../variables/impot_revenu/cd_eparet.ts";
import { celibataire_ou_divorce } from "../../variables/impot_revenu/celibataire_ou_divorce.ts";
import { charges_deduc } from "../../variables/impot_revenu/charges_deduc.ts";
import { ci_gardenf } from "../../variables/impot_revenu/ci_gardenf.ts";
import { ci_saldom } from "../../variables/impot_revenu/ci_saldom.ts";
import { contribution_differentielle_hauts_revenus } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus.ts";
import { contribution_differentielle_hauts_revenus_acompte } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_acompte.ts";
import { contribution_differentielle_hauts_revenus_decote } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_decote.ts";
import { contribution_differentielle_hauts_revenus_eligible } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_eligible.ts";
import { contribution_differentielle_hauts_revenus_majoration } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_majoration.ts";
import { contribution_differentielle_hauts_revenus_majoration_impot } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_majoration_impot.ts";
import { contribution_differentielle_hauts_revenus_penalite_acompte } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_penalite_acompte.ts";
import { contribution_differentielle_hauts_revenus_ressources } from "../../variables/impot_revenu/contribution_differentielle_hauts_revenus_ressources.ts";
import { contribution_exceptionnelle_hauts_revenus } from "../../variables/impot_revenu/contribution_exceptionnelle_hauts_revenus.ts";
import { contribution_exceptionnelle_hauts_revenus_sans_lissage } from "../../variables/impot_revenu/contribution_exceptionnelle_hauts_revenus_sans_lissage.ts";
import { correction_ir_seuils_recouvrement } from "../../variables/impot_revenu/correction_ir_seuils_recouvrement.ts";
import { crds_revenus_capital } from "../../variables/impot_revenu/crds_revenus_capital.ts";
import { credit_cotisations_syndicales } from "../../variables/impot_revenu/credit_cotisations_syndicales.ts";
import { credits_impot } from "../../variables/impot_revenu/credits_impot.ts";
import { credits_impot_sur_valeurs_etrangeres } from "../../variables/impot_revenu/credits_impot_sur_valeurs_etrangeres.ts";
import { creimp } from "../../variables/impot_revenu/creimp.ts";
import { csg_patrimoine_deductible_ir } from "../../variables/impot_revenu/csg_patrimoine_deductible_ir.ts";
import { csg_revenus_capital } from "../../variables/impot_revenu/csg_revenus_capital.ts";
import { decote } from "../../variables/impot_revenu/decote.ts";
import { decote_gain_fiscal } from "../../variables/impot_revenu/decote_gain_fiscal.ts";
import { defacc } from "../../variables/impot_revenu/defacc.ts";
import { deficit_ante } from "../../variables/impot_revenu/deficit_ante.ts";
import { deficit_rcm } from "../../variables/impot_revenu/deficit_rcm.ts";
import { defmeu } from "../../variables/impot_revenu/defmeu.ts";
import { defncn } from "../../variables/impot_revenu/defncn.ts";
import { defrag } from "../../variables/impot_revenu/defrag.ts";
import { dfppce } from "../../variables/impot_revenu/dfppce.ts";
import { duflot_pinel_denormandie_metropole } from "../../variables/impot_revenu/duflot_pinel_denormandie_metropole.ts";
import { duflot_pinel_denormandie_om } from "../../variables/impot_revenu/duflot_pinel_denormandie_om.ts";
import { enfant_majeur_celibataire_sans_enfant } from "../../variables/impot_revenu/enfant_majeur_celibataire_sans_enfant.ts";
import { frais_de_comptabilite } from "../../variables/impot_revenu/frais_de_comptabilite.ts";
import { glo_taxation_ir_forfaitaire } from "../../variables/impot_revenu/glo_taxation_ir_forfaitaire.ts";
import { glo_taxation_ir_forfaitaire_taux2 } from "../../variables/impot_revenu/glo_taxation_ir_forfaitaire_taux2.ts";
import { glo_taxation_ir_forfaitaire_taux3 } from "../../variables/impot_revenu/glo_taxation_ir_forfaitaire_taux3.ts";
import { glo_taxation_ir_forfaitaire_taux4 } from "../../variables/impot_revenu/glo_taxation_ir_forfaitaire_taux4.ts";
import { grosses_reparations } from "../../variables/impot_revenu/grosses_reparations.ts";
import { iai } from "../../variables/impot_revenu/iai.ts";
import { iaidrdi } from "../../variables/impot_revenu/iaidrdi.ts";
import { impot_revenu_avant_seuils_mise_recouvrement } from "../../variables/impot_revenu/impot_revenu_avant_seuils_mise_recouvrement.ts";
import { impot_revenu_restant_a_payer } from "../../variables/impot_revenu/impot_revenu_restant_a_payer.ts";
import { impots_directs } from "../../variables/impot_revenu/impots_directs.ts";
import { indu_plaf_abat_pen } from "../../variables/impot_revenu/indu_plaf_abat_pen.ts";
import { interets_paiements_differes_agriculteurs } from "../../variables/impot_revenu/interets_paiements_differes_agriculteurs.ts";
import { invlst } from "../../variables/impot_revenu/invlst.ts";
import { ip_net } from "../../variables/impot_revenu/ip_net.ts";
import { ir_brut } from "../../variables/impot_revenu/ir_brut.ts";
import { ir_plaf_qf } from "../../variables/impot_revenu/ir_plaf_qf.ts";
import { ir_ss_qf } from "../../variables/impot_revenu/ir_ss_qf.ts";
import { irpp_economique } from "../../variables/impot_revenu/irpp_economique.ts";
import { jeune_veuf } from "../../variables/impot_revenu/jeune_veuf.ts";
import { locations_pro } from "../../variables/impot_revenu/locations_pro.ts";
import { maries_ou_pacses } from "../../variables/impot_revenu/maries_ou_pacses.ts";
import { microentreprise } from "../../variables/impot_revenu/microentreprise.ts";
import { minima_sociaux } from "../../variables/impot_revenu/minima_sociaux.ts";
import { minimum_vieillesse } from "../../variables/impot_revenu/minimum_vieillesse.ts";
import { moins_values_court_terme_agr } from "../../variables/impot_revenu/moins_values_court_terme_agr.ts";
import { moins_values_court_terme_nonpro } from "../../variables/impot_revenu/moins_values_court_terme_nonpro.ts";
import { moins_values_court_terme_pro } from "../../variables/impot_revenu/moins_values_court_terme_pro.ts";
import { moins_values_long_terme_non_salaries } from "../../variables/impot_revenu/moins_values_long_terme_non_salaries.ts";
import { nacc_timp } from "../../variables/impot_revenu/nacc_timp.ts";
import { nbF } from "../../variables/impot_revenu/nbF.ts";
import { nbG } from "../../variables/impot_revenu/nbG.ts";
import { nbH } from "../../variables/impot_revenu/nbH.ts";
import { nbI } from "../../variables/impot_revenu/nbI.ts";
import { nbJ } from "../../variables/impot_revenu/nbJ.ts";
import { nb_adult } from "../../variables/impot_revenu/nb_adult.ts";
import { nb_pac } from "../../variables/impot_revenu/nb_pac.ts";
import { nb_pac2 } from "../../variables/impot_revenu/nb_pac2.ts";
import { nbnc_timp } from "../../variables/impot_revenu/nbnc_timp.ts";
import { nombre_declarants } from "../../variables/impot_revenu/nombre_declarants.ts";
import { ntimp } from "../../variables/impot_revenu/ntimp.ts";
import { pensions_alimentaires_deduites } from "../../variables/impot_revenu/pensions_alimentaires_deduites.ts";
import { pensions_nettes } from "../../variables/impot_revenu/pensions_nettes.ts";
import { plus_values_prelevement_forfaitaire_unique_ir } from "../../variables/impot_revenu/plus_values_prelevement_forfaitaire_unique_ir.ts";
import { ppe } from "../../variables/impot_revenu/ppe.ts";
import { ppe_base } from "../../variables/impot_revenu/ppe_base.ts";
import { ppe_brute } from "../../variables/impot_revenu/ppe_brute.ts";
import { ppe_coef } from "../../variables/impot_revenu/ppe_coef.ts";
import { ppe_coef_tp } from "../../variables/impot_revenu/ppe_coef_tp.ts";
import { ppe_du_sa } from "../../variables/impot_revenu/ppe_du_sa.ts";
import { ppe_elig } from "../../variables/impot_revenu/ppe_elig.ts";
import { ppe_elig_individu } from "../../variables/impot_revenu/ppe_elig_individu.ts";
import { ppe_rev } from "../../variables/impot_revenu/ppe_rev.ts";
import { ppe_tp_sa } from "../../variables/impot_revenu/ppe_tp_sa.ts";
import { preetu } from "../../variables/impot_revenu/preetu.ts";
import { prelevement_forfaitaire_liberatoire } from "../../variables/impot_revenu/prelevement_forfaitaire_liberatoire.ts";
import { prelevement_forfaitaire_unique_ir } from "../../variables/impot_revenu/prelevement_forfaitaire_unique_ir.ts";
import { prelevement_forfaitaire_unique_ir_hors_assurance_vie } from "../../variables/impot_revenu/prelevement_forfaitaire_unique_ir_hors_assurance_vie.ts";
import { prelevement_forfaitaire_unique_ir_sur_assurance_vie } from "../../variables/impot_revenu/prelevement_forfaitaire_unique_ir_sur_assurance_vie.ts";
import { prelevements_sociaux_revenus_capital } from "../../variables/impot_revenu/prelevements_sociaux_revenus_capital.ts";
import { prelevements_sociaux_revenus_capital_hors_csg_crds } from "../../variables/impot_revenu/prelevements_sociaux_revenus_capital_hors_csg_crds.ts";
import { prestations_familiales } from "../../variables/impot_revenu/prestations_familiales.ts";
import { prestations_sociales } from "../../variables/impot_revenu/prestations_sociales.ts";
import { prlire } from "../../variables/impot_revenu/prlire.ts";
import { protection_patrimoine_naturel } from "../../variables/impot_revenu/protection_patrimoine_naturel.ts";
import { rbg } from "../../variables/impot_revenu/rbg.ts";
import { reduction_cotisations_syndicales } from "../../variables/impot_revenu/reduction_cotisations_syndicales.ts";
import { reduction_enfants_scolarises } from "../../variables/impot_revenu/reduction_enfants_scolarises.ts";
import { reduction_ss_condition_revenus } from "../../variables/impot_revenu/reduction_ss_condition_revenus.ts";
import { reductions } from "../../variables/impot_revenu/reductions.ts";
import { reductions_deplafonnees } from "../../variables/impot_revenu/reductions_deplafonnees.ts";
import { reductions_iom } from "../../variables/impot_revenu/reductions_iom.ts";
import { reductions_plafonnees } from "../../variables/impot_revenu/reductions_plafonnees.ts";
import { reductions_plafonnees_esus_sfs } from "../../variables/impot_revenu/reductions_plafonnees_esus_sfs.ts";
import { reductions_plafonnees_om_sofica } from "../../variables/impot_revenu/reductions_plafonnees_om_sofica.ts";
import { rente_viagere_titre_onereux_net } from "../../variables/impot_revenu/rente_viagere_titre_onereux_net.ts";
import { residence_fiscale_guadeloupe } from "../../variables/impot_revenu/residence_fiscale_guadeloupe.ts";
import { residence_fiscale_guyane } from "../../variables/impot_revenu/residence_fiscale_guyane.ts";
import { residence_fiscale_martinique } from "../../variables/impot_revenu/residence_fiscale_martinique.ts";
import { residence_fiscale_mayotte } from "../../variables/impot_revenu/residence_fiscale_mayotte.ts";
import { residence_fiscale_reunion } from "../../variables/impot_revenu/residence_fiscale_reunion.ts";
import { restauration_patrimoine_bati } from "../../variables/impot_revenu/restauration_patrimoine_bati.ts";
import { revenu_assimile_pension } from "../../variables/impot_revenu/revenu_assimile_pension.ts";
import { revenu_assimile_pension_apres_abattements } from "../../variables/impot_revenu/revenu_assimile_pension_apres_abattements.ts";
import { revenu_assimile_salaire_apres_abattements } from "../../variables/impot_revenu/revenu_assimile_salaire_apres_abattements.ts";
import { revenu_categoriel } from "../../variables/impot_revenu/revenu_categoriel.ts";
import { revenu_categoriel_capital } from "../../variables/impot_revenu/revenu_categoriel_capital.ts";
import { revenu_categoriel_non_salarial } from "../../variables/impot_revenu/revenu_categoriel_non_salarial.ts";
import { revenu_categoriel_plus_values } from "../../variables/impot_revenu/revenu_categoriel_plus_values.ts";
import { revenu_categoriel_tspr } from "../../variables/impot_revenu/revenu_categoriel_tspr.ts";
import { revenu_disponible } from "../../variables/impot_revenu/revenu_disponible.ts";
import { revenu_non_salarie } from "../../variables/impot_revenu/revenu_non_salarie.ts";
import { revenus_capitaux_prelevement_forfaitaire_unique_ir } from "../../variables/impot_revenu/revenus_capitaux_prelevement_forfaitaire_unique_ir.ts";
import { revenus_capitaux_prelevement_liberatoire } from "../../variables/impot_revenu/revenus_capitaux_prelevement_liberatoire.ts";
import { revenus_nets_du_capital } from "../../variables/impot_revenu/revenus_nets_du_capital.ts";
import { revenus_nets_du_travail } from "../../variables/impot_revenu/revenus_nets_du_travail.ts";
import { rfr_cd } from "../../variables/impot_revenu/rfr_cd.ts";
import { rfr_plus_values_hors_rni } from "../../variables/impot_revenu/rfr_plus_values_hors_rni.ts";
import { rfr_rvcm_abattements_a_reintegrer } from "../../variables/impot_revenu/rfr_rvcm_abattements_a_reintegrer.ts";
import { ri_saldom } from "../../variables/impot_revenu/ri_saldom.ts";
import { rng } from "../../variables/impot_revenu/rng.ts";
import { rni } from "../../variables/impot_revenu/rni.ts";
import { rpns_exon } from "../../variables/impot_revenu/rpns_exon.ts";
import { rpns_imposables } from "../../variables/impot_revenu/rpns_imposables.ts";
import { rpns_info } from "../../variables/impot_revenu/rpns_info.ts";
import { rpns_pvce } from "../../variables/impot_revenu/rpns_pvce.ts";
import { rpns_pvct } from "../../variables/impot_revenu/rpns_pvct.ts";
import { rpns_revenus_forfait_agricole } from "../../variables/impot_revenu/rpns_revenus_forfait_agricole.ts";
import { rpns_revenus_microBA_agricole } from "../../variables/impot_revenu/rpns_revenus_microBA_agricole.ts";
import { rsa_activite } from "../../variables/impot_revenu/rsa_activite.ts";
import { rsa_activite_individu } from "../../variables/impot_revenu/rsa_activite_individu.ts";
import { souscriptions_parts_fcpi_fip } from "../../variables/impot_revenu/souscriptions_parts_fcpi_fip.ts";
import { taux_moyen_imposition } from "../../variables/impot_revenu/taux_moyen_imposition.ts";
import { taxation_plus_values_hors_bareme } from "../../variables/impot_revenu/taxation_plus_values_hors_bareme.ts";
import { traitements_salaires_pensions_rentes } from "../../variables/impot_revenu/traitements_salaires_pensions_rentes.ts";
import { veuf } from "../../variables/impot_revenu/veuf.ts";

export const impotRevenuVariables: readonly Variable[] = [
  aacc_timp,
  abat_spe,
  abattements_plus_values,
  assiette_csg_revenus_capital,
  assiette_csg_revenus_capital_alleges,
  assloy,
  assurance_vie_pfu_ir,
  atimp,
  autent,
  avantage_qf,
  cd1,
  cd_acc75a,
  cd_deddiv,
  cd_eparet,
  celibataire_ou_divorce,
  charges_deduc,
  ci_gardenf,
  ci_saldom,
  contribution_differentielle_hauts_revenus,
  contribution_differentielle_hauts_revenus_acompte,
  contribution_differentielle_hauts_revenus_decote,
  contribution_differentielle_hauts_revenus_eligible,
  contribution_differentielle_hauts_revenus_majoration,
  contribution_differentielle_hauts_revenus_majoration_impot,
  contribution_differentielle_hauts_revenus_penalite_acompte,
  contribution_differentielle_hauts_revenus_ressources,
  contribution_exceptionnelle_hauts_revenus,
  contribution_exceptionnelle_hauts_revenus_sans_lissage,
  correction_ir_seuils_recouvrement,
  crds_revenus_capital,
  credit_cotisations_syndicales,
  credits_impot,
  credits_impot_sur_valeurs_etrangeres,
  creimp,
  csg_patrimoine_deductible_ir,
  csg_revenus_capital,
  decote,
  decote_gain_fiscal,
  defacc,
  deficit_ante,
  deficit_rcm,
  defmeu,
  defncn,
  defrag,
  dfppce,
  duflot_pinel_denormandie_metropole,
  duflot_pinel_denormandie_om,
  enfant_majeur_celibataire_sans_enfant,
  frais_de_comptabilite,
  glo_taxation_ir_forfaitaire,
  glo_taxation_ir_forfaitaire_taux2,
  glo_taxation_ir_forfaitaire_taux3,
  glo_taxation_ir_forfaitaire_taux4,
  grosses_reparations,
  iai,
  iaidrdi,
  impot_revenu_avant_seuils_mise_recouvrement,
  impot_revenu_restant_a_payer,
  impots_directs,
  indu_plaf_abat_pen,
  interets_paiements_differes_agriculteurs,
  invlst,
  ip_net,
  ir_brut,
  ir_plaf_qf,
  ir_ss_qf,
  irpp_economique,
  jeune_veuf,
  locations_pro,
  maries_ou_pacses,
  microentreprise,
  minima_sociaux,
  minimum_vieillesse,
  moins_values_court_terme_agr,
  moins_values_court_terme_nonpro,
  moins_values_court_terme_pro,
  moins_values_long_terme_non_salaries,
  nacc_timp,
  nbF,
  nbG,
  nbH,
  nbI,
  nbJ,
  nb_adult,
  nb_pac,
  nb_pac2,
  nbnc_timp,
  nombre_declarants,
  ntimp,
  pensions_alimentaires_deduites,
  pensions_nettes,
  plus_values_prelevement_forfaitaire_unique_ir,
  ppe,
  ppe_base,
  ppe_brute,
  ppe_coef,
  ppe_coef_tp,
  ppe_du_sa,
  ppe_elig,
  ppe_elig_individu,
  ppe_rev,
  ppe_tp_sa,
  preetu,
  prelevement_forfaitaire_liberatoire,
  prelevement_forfaitaire_unique_ir,
  prelevement_forfaitaire_unique_ir_hors_assurance_vie,
  prelevement_forfaitaire_unique_ir_sur_assurance_vie,
  prelevements_sociaux_revenus_capital,
  prelevements_sociaux_revenus_capital_hors_csg_crds,
  prestations_familiales,
  prestations_sociales,
  prlire,
  protection_patrimoine_naturel,
  rbg,
  reduction_cotisations_syndicales,
  reduction_enfants_scolarises,
  reduction_ss_condition_revenus,
  reductions,
  reductions_deplafonnees,
  reductions_iom,
  reductions_plafonnees,
  reductions_plafonnees_esus_sfs,
  reductions_plafonnees_om_sofica,
  rente_viagere_titre_onereux_net,
  residence_fiscale_guadeloupe,
  residence_fiscale_guyane,
  residence_fiscale_martinique,
  residence_fiscale_mayotte,
  residence_fiscale_reunion,
  restauration_patrimoine_bati,
  revenu_assimile_pension,
  revenu_assimile_pension_apres_abattements,
  revenu_assimile_salaire_apres_abattements,
  revenu_categoriel,
  revenu_categoriel_capital,
  revenu_categoriel_non_salarial,
  revenu_categoriel_plus_values,
  revenu_categoriel_tspr,
  revenu_disponible,
  revenu_non_salarie,
  revenus_capitaux_prelevement_forfaitaire_unique_ir,
  revenus_capitaux_prelevement_liberatoire,
  revenus_nets_du_capital,
  revenus_nets_du_travail,
  rfr_cd,
  rfr_plus_values_hors_rni,
  rfr_rvcm_abattements_a_reintegrer,
  ri_saldom,
  rng,
  rni,
  rpns_exon,
  rpns_imposables,
  rpns_info,
  rpns_pvce,
  rpns_pvct,
  rpns_revenus_forfait_agricole,
  rpns_revenus_microBA_agricole,
  rsa_activite,
  rsa_activite_individu,
  souscriptions_parts_fcpi_fip,
  taux_moyen_imposition,
  taxation_plus_values_hors_bareme,
  traitements_salaires_pensions_rentes,
  veuf,
];
