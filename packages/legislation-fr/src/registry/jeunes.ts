// The variables of variables/jeunes/ (aides que demandent les simulateurs publics : jeunes, étudiants, logement, culture), listed explicitly.
import type { Variable } from "@zero/engine";
import { bourse_college } from "../../variables/jeunes/bourse_college.ts";
import { bourse_college_echelon } from "../../variables/jeunes/bourse_college_echelon.ts";
import { bourse_lycee } from "../../variables/jeunes/bourse_lycee.ts";
import { bourse_lycee_echelon } from "../../variables/jeunes/bourse_lycee_echelon.ts";
import { bourse_lycee_nombre_parts } from "../../variables/jeunes/bourse_lycee_nombre_parts.ts";
import { bourse_lycee_points_de_charge } from "../../variables/jeunes/bourse_lycee_points_de_charge.ts";
import { boursier } from "../../variables/jeunes/boursier.ts";
import { agepi } from "../../variables/jeunes/agepi.ts";
import { agepi_eligible } from "../../variables/jeunes/agepi_eligible.ts";
import { agepi_hors_mayotte } from "../../variables/jeunes/agepi_hors_mayotte.ts";
import { agepi_mayotte } from "../../variables/jeunes/agepi_mayotte.ts";
import { agepi_nbenf } from "../../variables/jeunes/agepi_nbenf.ts";
import { contexte_activite_pole_emploi } from "../../variables/jeunes/contexte_activite_pole_emploi.ts";
import { dispositifs_formation } from "../../variables/jeunes/dispositifs_formation.ts";
import { lieu_emploi_ou_formation } from "../../variables/jeunes/lieu_emploi_ou_formation.ts";
import { pole_emploi_categorie_demandeur_emploi } from "../../variables/jeunes/pole_emploi_categorie_demandeur_emploi.ts";
import { residence } from "../../variables/jeunes/residence.ts";
import { type_intensite_activite } from "../../variables/jeunes/type_intensite_activite.ts";
import { types_activite_en_recherche_emploi } from "../../variables/jeunes/types_activite_en_recherche_emploi.ts";
import { aide_mobilite } from "../../variables/jeunes/aide_mobilite.ts";
import { aide_mobilite_bon_de_transport } from "../../variables/jeunes/aide_mobilite_bon_de_transport.ts";
import { aide_mobilite_categories_demandeur_emploi_eligibles } from "../../variables/jeunes/aide_mobilite_categories_demandeur_emploi_eligibles.ts";
import { aide_mobilite_eligible } from "../../variables/jeunes/aide_mobilite_eligible.ts";
import { aide_mobilite_ressources_eligibles } from "../../variables/jeunes/aide_mobilite_ressources_eligibles.ts";
import { locapass_eligibilite } from "../../variables/jeunes/locapass_eligibilite.ts";
import { locapass_eligibilite_etudiant } from "../../variables/jeunes/locapass_eligibilite_etudiant.ts";
import { locapass_eligibilite_etudiant_contrat } from "../../variables/jeunes/locapass_eligibilite_etudiant_contrat.ts";
import { locapass_eligibilite_individu } from "../../variables/jeunes/locapass_eligibilite_individu.ts";
import { locapass_eligibilite_jeunes } from "../../variables/jeunes/locapass_eligibilite_jeunes.ts";
import { locapass_eligibilite_logement } from "../../variables/jeunes/locapass_eligibilite_logement.ts";
import { locapass_eligibilite_salarie } from "../../variables/jeunes/locapass_eligibilite_salarie.ts";
import { majeur } from "../../variables/jeunes/majeur.ts";
import { residence_ile_de_france } from "../../variables/jeunes/residence_ile_de_france.ts";
import { visale_base_ressources } from "../../variables/jeunes/visale_base_ressources.ts";
import { visale_base_ressources_individuelle } from "../../variables/jeunes/visale_base_ressources_individuelle.ts";
import { visale_eligibilite } from "../../variables/jeunes/visale_eligibilite.ts";
import { visale_montant_max } from "../../variables/jeunes/visale_montant_max.ts";
import { carte_sncf_eleve_apprenti_eligibilite } from "../../variables/jeunes/carte_sncf_eleve_apprenti_eligibilite.ts";
import { depart1825_eligibilite } from "../../variables/jeunes/depart1825_eligibilite.ts";
import { depart1825_montant_maximum } from "../../variables/jeunes/depart1825_montant_maximum.ts";
import { garantie_pret_etudiant_condition_nationalite } from "../../variables/jeunes/garantie_pret_etudiant_condition_nationalite.ts";
import { garantie_pret_etudiant_eligibilite } from "../../variables/jeunes/garantie_pret_etudiant_eligibilite.ts";
import { gratuite_musees_monuments } from "../../variables/jeunes/gratuite_musees_monuments.ts";
import { pass_colo } from "../../variables/jeunes/pass_colo.ts";
import { pass_culture } from "../../variables/jeunes/pass_culture.ts";
import { pass_sport } from "../../variables/jeunes/pass_sport.ts";
import { resident_ue } from "../../variables/jeunes/resident_ue.ts";
import { seances_sante_psy_etudiant } from "../../variables/jeunes/seances_sante_psy_etudiant.ts";
import { bail_reel_solidaire } from "../../variables/jeunes/bail_reel_solidaire.ts";
import { bail_reel_solidaire_plafond_total } from "../../variables/jeunes/bail_reel_solidaire_plafond_total.ts";
import { bail_reel_solidaire_zones_menage } from "../../variables/jeunes/bail_reel_solidaire_zones_menage.ts";
import { aide_mobilite_master } from "../../variables/jeunes/aide_mobilite_master.ts";
import { aide_mobilite_parcoursup } from "../../variables/jeunes/aide_mobilite_parcoursup.ts";
import { annee_etude } from "../../variables/jeunes/annee_etude.ts";
import { crous_repas_montant } from "../../variables/jeunes/crous_repas_montant.ts";
import { crous_repas_tarif_non_boursiers_eligibilite } from "../../variables/jeunes/crous_repas_tarif_non_boursiers_eligibilite.ts";
import { crous_repas_un_euro_eligibilite } from "../../variables/jeunes/crous_repas_un_euro_eligibilite.ts";
import { detention_carte_des_metiers } from "../../variables/jeunes/detention_carte_des_metiers.ts";
import { aide_formation_gen } from "../../variables/jeunes/aide_formation_gen.ts";
import { aide_formation_gen_eligibilite } from "../../variables/jeunes/aide_formation_gen_eligibilite.ts";
import { bourse_criteres_sociaux } from "../../variables/jeunes/bourse_criteres_sociaux.ts";
import { bourse_criteres_sociaux_base_ressources } from "../../variables/jeunes/bourse_criteres_sociaux_base_ressources.ts";
import { bourse_criteres_sociaux_base_ressources_etudiant_autonome } from "../../variables/jeunes/bourse_criteres_sociaux_base_ressources_etudiant_autonome.ts";
import { bourse_criteres_sociaux_base_ressources_parentale } from "../../variables/jeunes/bourse_criteres_sociaux_base_ressources_parentale.ts";
import { bourse_criteres_sociaux_distance_domicile_familial } from "../../variables/jeunes/bourse_criteres_sociaux_distance_domicile_familial.ts";
import { bourse_criteres_sociaux_echelon } from "../../variables/jeunes/bourse_criteres_sociaux_echelon.ts";
import { bourse_criteres_sociaux_eligibilite } from "../../variables/jeunes/bourse_criteres_sociaux_eligibilite.ts";
import { bourse_criteres_sociaux_eligibilite_age } from "../../variables/jeunes/bourse_criteres_sociaux_eligibilite_age.ts";
import { bourse_criteres_sociaux_eligibilite_etude } from "../../variables/jeunes/bourse_criteres_sociaux_eligibilite_etude.ts";
import { bourse_criteres_sociaux_eligibilite_nationalite } from "../../variables/jeunes/bourse_criteres_sociaux_eligibilite_nationalite.ts";
import { bourse_criteres_sociaux_etudiant_autonome } from "../../variables/jeunes/bourse_criteres_sociaux_etudiant_autonome.ts";
import { bourse_criteres_sociaux_etudiant_autonome_ressource_mensuelle } from "../../variables/jeunes/bourse_criteres_sociaux_etudiant_autonome_ressource_mensuelle.ts";
import { bourse_criteres_sociaux_nombre_enfants_a_charge } from "../../variables/jeunes/bourse_criteres_sociaux_nombre_enfants_a_charge.ts";
import { bourse_criteres_sociaux_nombre_enfants_a_charge_dans_enseignement_superieur } from "../../variables/jeunes/bourse_criteres_sociaux_nombre_enfants_a_charge_dans_enseignement_superieur.ts";
import { bourse_criteres_sociaux_nombre_enfants_parent_etudiant } from "../../variables/jeunes/bourse_criteres_sociaux_nombre_enfants_parent_etudiant.ts";
import { bourse_criteres_sociaux_points_de_charge } from "../../variables/jeunes/bourse_criteres_sociaux_points_de_charge.ts";
import { bourse_criteres_sociaux_points_de_charge_charges_familiale } from "../../variables/jeunes/bourse_criteres_sociaux_points_de_charge_charges_familiale.ts";
import { bourse_criteres_sociaux_points_de_charge_distance_domicile_familial } from "../../variables/jeunes/bourse_criteres_sociaux_points_de_charge_distance_domicile_familial.ts";
import { mention_baccalaureat } from "../../variables/jeunes/mention_baccalaureat.ts";
import { statuts_etablissement_scolaire } from "../../variables/jeunes/statuts_etablissement_scolaire.ts";
import { aide_merite_eligibilite } from "../../variables/jeunes/aide_merite_eligibilite.ts";
import { aide_merite_montant } from "../../variables/jeunes/aide_merite_montant.ts";
import { aide_alimentation_etudiants_eloignes } from "../../variables/jeunes/aide_alimentation_etudiants_eloignes.ts";
import { logement_social_categorie_menage } from "../../variables/jeunes/logement_social_categorie_menage.ts";
import { logement_social_eligible } from "../../variables/jeunes/logement_social_eligible.ts";
import { logement_social_plafond_ressources } from "../../variables/jeunes/logement_social_plafond_ressources.ts";
import { zone_logement_social } from "../../variables/jeunes/zone_logement_social.ts";
import { contrat_engagement_jeune } from "../../variables/jeunes/contrat_engagement_jeune.ts";
import { contrat_engagement_jeune_eligibilite } from "../../variables/jeunes/contrat_engagement_jeune_eligibilite.ts";
import { contrat_engagement_jeune_montant_forfaitaire } from "../../variables/jeunes/contrat_engagement_jeune_montant_forfaitaire.ts";
import { livret_epargne_populaire_eligibilite } from "../../variables/jeunes/livret_epargne_populaire_eligibilite.ts";
import { livret_epargne_populaire_plafond } from "../../variables/jeunes/livret_epargne_populaire_plafond.ts";
import { livret_epargne_populaire_taux } from "../../variables/jeunes/livret_epargne_populaire_taux.ts";
import { mobili_jeune } from "../../variables/jeunes/mobili_jeune.ts";

export const jeunesVariables: readonly Variable[] = [
  // Bourses du second degré
  bourse_college,
  bourse_college_echelon,
  bourse_lycee,
  bourse_lycee_echelon,
  bourse_lycee_nombre_parts,
  bourse_lycee_points_de_charge,
  boursier,
  // France Travail : AGEPI, aide à la mobilité, et ce qu'elles lisent
  agepi,
  agepi_eligible,
  agepi_hors_mayotte,
  agepi_mayotte,
  agepi_nbenf,
  aide_mobilite,
  aide_mobilite_bon_de_transport,
  aide_mobilite_categories_demandeur_emploi_eligibles,
  aide_mobilite_eligible,
  aide_mobilite_ressources_eligibles,
  contexte_activite_pole_emploi,
  dispositifs_formation,
  lieu_emploi_ou_formation,
  pole_emploi_categorie_demandeur_emploi,
  residence,
  type_intensite_activite,
  types_activite_en_recherche_emploi,
  // Action Logement : Visale, Loca-Pass
  locapass_eligibilite,
  locapass_eligibilite_etudiant,
  locapass_eligibilite_etudiant_contrat,
  locapass_eligibilite_individu,
  locapass_eligibilite_jeunes,
  locapass_eligibilite_logement,
  locapass_eligibilite_salarie,
  majeur,
  residence_ile_de_france,
  visale_base_ressources,
  visale_base_ressources_individuelle,
  visale_eligibilite,
  visale_montant_max,
  // Culture, loisirs, santé, transport, prêt étudiant
  carte_sncf_eleve_apprenti_eligibilite,
  depart1825_eligibilite,
  depart1825_montant_maximum,
  garantie_pret_etudiant_condition_nationalite,
  garantie_pret_etudiant_eligibilite,
  gratuite_musees_monuments,
  pass_colo,
  pass_culture,
  pass_sport,
  resident_ue,
  seances_sante_psy_etudiant,
  // Bail réel solidaire
  bail_reel_solidaire,
  bail_reel_solidaire_plafond_total,
  bail_reel_solidaire_zones_menage,
  // Études supérieures : mobilité, restaurant universitaire
  aide_mobilite_master,
  aide_mobilite_parcoursup,
  annee_etude,
  crous_repas_montant,
  crous_repas_tarif_non_boursiers_eligibilite,
  crous_repas_un_euro_eligibilite,
  detention_carte_des_metiers,
  // Bourse sur critères sociaux, aide Grande École du numérique
  aide_formation_gen,
  aide_formation_gen_eligibilite,
  bourse_criteres_sociaux,
  bourse_criteres_sociaux_base_ressources,
  bourse_criteres_sociaux_base_ressources_etudiant_autonome,
  bourse_criteres_sociaux_base_ressources_parentale,
  bourse_criteres_sociaux_distance_domicile_familial,
  bourse_criteres_sociaux_echelon,
  bourse_criteres_sociaux_eligibilite,
  bourse_criteres_sociaux_eligibilite_age,
  bourse_criteres_sociaux_eligibilite_etude,
  bourse_criteres_sociaux_eligibilite_nationalite,
  bourse_criteres_sociaux_etudiant_autonome,
  bourse_criteres_sociaux_etudiant_autonome_ressource_mensuelle,
  bourse_criteres_sociaux_nombre_enfants_a_charge,
  bourse_criteres_sociaux_nombre_enfants_a_charge_dans_enseignement_superieur,
  bourse_criteres_sociaux_nombre_enfants_parent_etudiant,
  bourse_criteres_sociaux_points_de_charge,
  bourse_criteres_sociaux_points_de_charge_charges_familiale,
  bourse_criteres_sociaux_points_de_charge_distance_domicile_familial,
  mention_baccalaureat,
  statuts_etablissement_scolaire,
  // Aide au mérite
  aide_merite_eligibilite,
  aide_merite_montant,
  // Logement social, aide alimentaire des étudiants
  aide_alimentation_etudiants_eloignes,
  logement_social_categorie_menage,
  logement_social_eligible,
  logement_social_plafond_ressources,
  zone_logement_social,
  // Contrat d'engagement jeune
  contrat_engagement_jeune,
  contrat_engagement_jeune_eligibilite,
  contrat_engagement_jeune_montant_forfaitaire,
  // Livret d'épargne populaire
  livret_epargne_populaire_eligibilite,
  livret_epargne_populaire_plafond,
  livret_epargne_populaire_taux,
  // Mobili-Jeune
  mobili_jeune,
];
