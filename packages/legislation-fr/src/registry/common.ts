// The variables of variables/common/ (common inputs and helpers shared by the benefits), listed explicitly.
import type { Variable } from "@zero/engine";
import { accord_interessement } from "../../variables/common/accord_interessement.ts";
import { activite } from "../../variables/common/activite.ts";
import { age } from "../../variables/common/age.ts";
import { age_en_mois } from "../../variables/common/age_en_mois.ts";
import { allegement_cotisation_allocations_familiales_mode_recouvrement } from "../../variables/common/allegement_cotisation_allocations_familiales_mode_recouvrement.ts";
import { allegement_cotisation_maladie_mode_recouvrement } from "../../variables/common/allegement_cotisation_maladie_mode_recouvrement.ts";
import { allegement_general_mode_recouvrement } from "../../variables/common/allegement_general_mode_recouvrement.ts";
import { allocation_retour_emploi } from "../../variables/common/allocation_retour_emploi.ts";
import { allocation_securisation_professionnelle } from "../../variables/common/allocation_securisation_professionnelle.ts";
import { apprenti } from "../../variables/common/apprenti.ts";
import { ass_mat } from "../../variables/common/ass_mat.ts";
import { ass_precondition_remplie } from "../../variables/common/ass_precondition_remplie.ts";
import { autonomie_financiere } from "../../variables/common/autonomie_financiere.ts";
import { b1ab } from "../../variables/common/b1ab.ts";
import { bourse_enseignement_sup } from "../../variables/common/bourse_enseignement_sup.ts";
import { bourse_recherche } from "../../variables/common/bourse_recherche.ts";
import { categorie_salarie } from "../../variables/common/categorie_salarie.ts";
import { choix_exoneration_cotisations_employeur_agricole } from "../../variables/common/choix_exoneration_cotisations_employeur_agricole.ts";
import { chomage_brut } from "../../variables/common/chomage_brut.ts";
import { chomage_imposable } from "../../variables/common/chomage_imposable.ts";
import { chomage_net } from "../../variables/common/chomage_net.ts";
import { coloc } from "../../variables/common/coloc.ts";
import { contrat_de_travail } from "../../variables/common/contrat_de_travail.ts";
import { contrat_de_travail_type } from "../../variables/common/contrat_de_travail_type.ts";
import { contrat_duree_determinee_type } from "../../variables/common/contrat_duree_determinee_type.ts";
import { date_arret_de_travail } from "../../variables/common/date_arret_de_travail.ts";
import { date_naissance } from "../../variables/common/date_naissance.ts";
import { dedommagement_victime_amiante } from "../../variables/common/dedommagement_victime_amiante.ts";
import { depcom } from "../../variables/common/depcom.ts";
import { depcom_entreprise } from "../../variables/common/depcom_entreprise.ts";
import { depcom_foyer } from "../../variables/common/depcom_foyer.ts";
import { duree_possession_titre_sejour } from "../../variables/common/duree_possession_titre_sejour.ts";
import { effectif_entreprise } from "../../variables/common/effectif_entreprise.ts";
import { empl_dir } from "../../variables/common/empl_dir.ts";
import { en_couple } from "../../variables/common/en_couple.ts";
import { enceinte } from "../../variables/common/enceinte.ts";
import { enfant_a_charge } from "../../variables/common/enfant_a_charge.ts";
import { enfant_place } from "../../variables/common/enfant_place.ts";
import { epargne_revenus_non_imposables } from "../../variables/common/epargne_revenus_non_imposables.ts";
import { est_enfant_dans_famille } from "../../variables/common/est_enfant_dans_famille.ts";
import { etudiant } from "../../variables/common/etudiant.ts";
import { exposition_accident } from "../../variables/common/exposition_accident.ts";
import { f2dc } from "../../variables/common/f2dc.ts";
import { f2dh } from "../../variables/common/f2dh.ts";
import { f2ee } from "../../variables/common/f2ee.ts";
import { f2op } from "../../variables/common/f2op.ts";
import { f2tr } from "../../variables/common/f2tr.ts";
import { f2ts } from "../../variables/common/f2ts.ts";
import { f2zz } from "../../variables/common/f2zz.ts";
import { f3vz } from "../../variables/common/f3vz.ts";
import { gains_exceptionnels } from "../../variables/common/gains_exceptionnels.ts";
import { gar_dom } from "../../variables/common/gar_dom.ts";
import { garde_alternee } from "../../variables/common/garde_alternee.ts";
import { handicap } from "../../variables/common/handicap.ts";
import { heures_remunerees_volume } from "../../variables/common/heures_remunerees_volume.ts";
import { inapte_travail } from "../../variables/common/inapte_travail.ts";
import { indemnites_chomage_partiel } from "../../variables/common/indemnites_chomage_partiel.ts";
import { indemnites_journalieres_accident_travail } from "../../variables/common/indemnites_journalieres_accident_travail.ts";
import { indemnites_journalieres_adoption } from "../../variables/common/indemnites_journalieres_adoption.ts";
import { indemnites_journalieres_maladie } from "../../variables/common/indemnites_journalieres_maladie.ts";
import { indemnites_journalieres_maladie_professionnelle } from "../../variables/common/indemnites_journalieres_maladie_professionnelle.ts";
import { indemnites_journalieres_maternite } from "../../variables/common/indemnites_journalieres_maternite.ts";
import { indemnites_journalieres_paternite } from "../../variables/common/indemnites_journalieres_paternite.ts";
import { indemnites_stage } from "../../variables/common/indemnites_stage.ts";
import { indemnites_volontariat } from "../../variables/common/indemnites_volontariat.ts";
import { invalidite } from "../../variables/common/invalidite.ts";
import { livret_a } from "../../variables/common/livret_a.ts";
import { logement_chambre } from "../../variables/common/logement_chambre.ts";
import { logement_sans_charge } from "../../variables/common/logement_sans_charge.ts";
import { logement_sans_charge_individu } from "../../variables/common/logement_sans_charge_individu.ts";
import { loyer } from "../../variables/common/loyer.ts";
import { nationalite } from "../../variables/common/nationalite.ts";
import { nb_parents } from "../../variables/common/nb_parents.ts";
import { paje_clca } from "../../variables/common/paje_clca.ts";
import { paje_colca } from "../../variables/common/paje_colca.ts";
import { paje_prepare } from "../../variables/common/paje_prepare.ts";
import { participation_frais } from "../../variables/common/participation_frais.ts";
import { pensions_alimentaires_percues } from "../../variables/common/pensions_alimentaires_percues.ts";
import { pensions_alimentaires_versees } from "../../variables/common/pensions_alimentaires_versees.ts";
import { pensions_invalidite } from "../../variables/common/pensions_invalidite.ts";
import { prestation_compensatoire } from "../../variables/common/prestation_compensatoire.ts";
import { prestations_familiales_base_ressources } from "../../variables/common/prestations_familiales_base_ressources.ts";
import { prestations_familiales_base_ressources_individu } from "../../variables/common/prestations_familiales_base_ressources_individu.ts";
import { prestations_familiales_enfant_a_charge } from "../../variables/common/prestations_familiales_enfant_a_charge.ts";
import { prime_forfaitaire_mensuelle_reprise_activite } from "../../variables/common/prime_forfaitaire_mensuelle_reprise_activite.ts";
import { prime_partage_valeur } from "../../variables/common/prime_partage_valeur.ts";
import { prime_partage_valeur_exceptionnelle } from "../../variables/common/prime_partage_valeur_exceptionnelle.ts";
import { primes_fonction_publique } from "../../variables/common/primes_fonction_publique.ts";
import { primes_salaires } from "../../variables/common/primes_salaires.ts";
import { proprietaire_proche_famille } from "../../variables/common/proprietaire_proche_famille.ts";
import { ratio_alternants } from "../../variables/common/ratio_alternants.ts";
import { regime_securite_sociale } from "../../variables/common/regime_securite_sociale.ts";
import { rempli_obligation_scolaire } from "../../variables/common/rempli_obligation_scolaire.ts";
import { remuneration_apprenti } from "../../variables/common/remuneration_apprenti.ts";
import { rente_viagere_titre_onereux } from "../../variables/common/rente_viagere_titre_onereux.ts";
import { residence_dom } from "../../variables/common/residence_dom.ts";
import { residence_dom_individu } from "../../variables/common/residence_dom_individu.ts";
import { residence_mayotte } from "../../variables/common/residence_mayotte.ts";
import { ressortissant_eee } from "../../variables/common/ressortissant_eee.ts";
import { retraite_brute } from "../../variables/common/retraite_brute.ts";
import { retraite_combattant } from "../../variables/common/retraite_combattant.ts";
import { retraite_imposable } from "../../variables/common/retraite_imposable.ts";
import { retraite_nette } from "../../variables/common/retraite_nette.ts";
import { revenu_assimile_salaire } from "../../variables/common/revenu_assimile_salaire.ts";
import { revenus_capital } from "../../variables/common/revenus_capital.ts";
import { revenus_capitaux_mensuels } from "../../variables/common/revenus_capitaux_mensuels.ts";
import { revenus_locatifs } from "../../variables/common/revenus_locatifs.ts";
import { revenus_stage_formation_pro } from "../../variables/common/revenus_stage_formation_pro.ts";
import { rfr } from "../../variables/common/rfr.ts";
import { nbptr } from "../../variables/common/nbptr.ts";
import { taux_csg_remplacement } from "../../variables/common/taux_csg_remplacement.ts";
import { rpns_auto_entrepreneur_CA_achat_revente } from "../../variables/common/rpns_auto_entrepreneur_CA_achat_revente.ts";
import { rpns_auto_entrepreneur_CA_bic } from "../../variables/common/rpns_auto_entrepreneur_CA_bic.ts";
import { rpns_auto_entrepreneur_CA_bnc } from "../../variables/common/rpns_auto_entrepreneur_CA_bnc.ts";
import { rpns_autres_revenus } from "../../variables/common/rpns_autres_revenus.ts";
import { rpns_autres_revenus_chiffre_affaires } from "../../variables/common/rpns_autres_revenus_chiffre_affaires.ts";
import { rpns_benefice_exploitant_agricole } from "../../variables/common/rpns_benefice_exploitant_agricole.ts";
import { rpns_micro_entreprise_CA_bnc_imp } from "../../variables/common/rpns_micro_entreprise_CA_bnc_imp.ts";
import { rpns_micro_entreprise_benefice } from "../../variables/common/rpns_micro_entreprise_benefice.ts";
import { rpns_micro_entreprise_chiffre_affaires } from "../../variables/common/rpns_micro_entreprise_chiffre_affaires.ts";
import { salaire_de_base } from "../../variables/common/salaire_de_base.ts";
import { salaire_imposable } from "../../variables/common/salaire_imposable.ts";
import { salaire_net } from "../../variables/common/salaire_net.ts";
import { scolarite } from "../../variables/common/scolarite.ts";
import { secteur_activite_employeur } from "../../variables/common/secteur_activite_employeur.ts";
import { stagiaire } from "../../variables/common/stagiaire.ts";
import { statut_marital } from "../../variables/common/statut_marital.ts";
import { statut_occupation_logement } from "../../variables/common/statut_occupation_logement.ts";
import { taches_salarie_type } from "../../variables/common/taches_salarie_type.ts";
import { taux_incapacite } from "../../variables/common/taux_incapacite.ts";
import { tns_autres_revenus_type_activite } from "../../variables/common/tns_autres_revenus_type_activite.ts";
import { tns_avec_employe } from "../../variables/common/tns_avec_employe.ts";
import { traitement_indiciaire_brut } from "../../variables/common/traitement_indiciaire_brut.ts";
import { travailleur_non_salarie } from "../../variables/common/travailleur_non_salarie.ts";
import { valeur_locative_cadastrale_brute } from "../../variables/common/valeur_locative_cadastrale_brute.ts";
import { valeur_locative_immo_non_loue } from "../../variables/common/valeur_locative_immo_non_loue.ts";
import { valeur_locative_terrains_non_loues } from "../../variables/common/valeur_locative_terrains_non_loues.ts";

export const commonVariables: readonly Variable[] = [
  accord_interessement,
  activite,
  age,
  age_en_mois,
  allegement_cotisation_allocations_familiales_mode_recouvrement,
  allegement_cotisation_maladie_mode_recouvrement,
  allegement_general_mode_recouvrement,
  allocation_retour_emploi,
  allocation_securisation_professionnelle,
  apprenti,
  ass_mat,
  ass_precondition_remplie,
  autonomie_financiere,
  b1ab,
  bourse_enseignement_sup,
  bourse_recherche,
  categorie_salarie,
  choix_exoneration_cotisations_employeur_agricole,
  chomage_brut,
  chomage_imposable,
  chomage_net,
  coloc,
  contrat_de_travail,
  contrat_de_travail_type,
  contrat_duree_determinee_type,
  date_arret_de_travail,
  date_naissance,
  dedommagement_victime_amiante,
  depcom,
  depcom_entreprise,
  depcom_foyer,
  duree_possession_titre_sejour,
  effectif_entreprise,
  empl_dir,
  en_couple,
  enceinte,
  enfant_a_charge,
  enfant_place,
  epargne_revenus_non_imposables,
  est_enfant_dans_famille,
  etudiant,
  exposition_accident,
  f2dc,
  f2dh,
  f2ee,
  f2op,
  f2tr,
  f2ts,
  f2zz,
  f3vz,
  gains_exceptionnels,
  gar_dom,
  garde_alternee,
  handicap,
  heures_remunerees_volume,
  inapte_travail,
  indemnites_chomage_partiel,
  indemnites_journalieres_accident_travail,
  indemnites_journalieres_adoption,
  indemnites_journalieres_maladie,
  indemnites_journalieres_maladie_professionnelle,
  indemnites_journalieres_maternite,
  indemnites_journalieres_paternite,
  indemnites_stage,
  indemnites_volontariat,
  invalidite,
  livret_a,
  logement_chambre,
  logement_sans_charge,
  logement_sans_charge_individu,
  loyer,
  nationalite,
  nb_parents,
  paje_clca,
  paje_colca,
  paje_prepare,
  participation_frais,
  pensions_alimentaires_percues,
  pensions_alimentaires_versees,
  pensions_invalidite,
  prestation_compensatoire,
  prestations_familiales_base_ressources,
  prestations_familiales_base_ressources_individu,
  prestations_familiales_enfant_a_charge,
  prime_forfaitaire_mensuelle_reprise_activite,
  prime_partage_valeur,
  prime_partage_valeur_exceptionnelle,
  primes_fonction_publique,
  primes_salaires,
  proprietaire_proche_famille,
  ratio_alternants,
  regime_securite_sociale,
  rempli_obligation_scolaire,
  remuneration_apprenti,
  rente_viagere_titre_onereux,
  residence_dom,
  residence_dom_individu,
  residence_mayotte,
  ressortissant_eee,
  retraite_brute,
  retraite_combattant,
  retraite_imposable,
  retraite_nette,
  revenu_assimile_salaire,
  revenus_capital,
  revenus_capitaux_mensuels,
  revenus_locatifs,
  revenus_stage_formation_pro,
  rfr,
  nbptr,
  taux_csg_remplacement,
  rpns_auto_entrepreneur_CA_achat_revente,
  rpns_auto_entrepreneur_CA_bic,
  rpns_auto_entrepreneur_CA_bnc,
  rpns_autres_revenus,
  rpns_autres_revenus_chiffre_affaires,
  rpns_benefice_exploitant_agricole,
  rpns_micro_entreprise_CA_bnc_imp,
  rpns_micro_entreprise_benefice,
  rpns_micro_entreprise_chiffre_affaires,
  salaire_de_base,
  salaire_imposable,
  salaire_net,
  scolarite,
  secteur_activite_employeur,
  stagiaire,
  statut_marital,
  statut_occupation_logement,
  taches_salarie_type,
  taux_incapacite,
  tns_autres_revenus_type_activite,
  tns_avec_employe,
  traitement_indiciaire_brut,
  travailleur_non_salarie,
  valeur_locative_cadastrale_brute,
  valeur_locative_immo_non_loue,
  valeur_locative_terrains_non_loues,
];
