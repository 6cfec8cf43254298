// The variables of variables/aides_logement/ (APL, ALF, ALS: tenants, logements-foyers, accession; the RLS), listed explicitly.
import type { Variable } from "@zero/engine";
import { abattements_speciaux_prestations_familiales } from "../../variables/aides_logement/abattements_speciaux_prestations_familiales.ts";
import { aide_logement } from "../../variables/aides_logement/aide_logement.ts";
import { aide_logement_R0 } from "../../variables/aides_logement/aide_logement_R0.ts";
import { aide_logement_abattement_indemnites_chomage } from "../../variables/aides_logement/aide_logement_abattement_indemnites_chomage.ts";
import { aide_logement_abattement_revenus_activite_professionnelle } from "../../variables/aides_logement/aide_logement_abattement_revenus_activite_professionnelle.ts";
import { aide_logement_base_ressources } from "../../variables/aides_logement/aide_logement_base_ressources.ts";
import { aide_logement_base_ressources_eval_forfaitaire } from "../../variables/aides_logement/aide_logement_base_ressources_eval_forfaitaire.ts";
import { aide_logement_base_ressources_individu } from "../../variables/aides_logement/aide_logement_base_ressources_individu.ts";
import { aide_logement_base_ressources_patrimoine } from "../../variables/aides_logement/aide_logement_base_ressources_patrimoine.ts";
import { aide_logement_base_revenus_fiscaux } from "../../variables/aides_logement/aide_logement_base_revenus_fiscaux.ts";
import { aide_logement_biactivite } from "../../variables/aides_logement/aide_logement_biactivite.ts";
import { aide_logement_charges } from "../../variables/aides_logement/aide_logement_charges.ts";
import { aide_logement_condition_neutralisation } from "../../variables/aides_logement/aide_logement_condition_neutralisation.ts";
import { aide_logement_loyer_plafond } from "../../variables/aides_logement/aide_logement_loyer_plafond.ts";
import { aide_logement_loyer_reel } from "../../variables/aides_logement/aide_logement_loyer_reel.ts";
import { aide_logement_loyer_retenu } from "../../variables/aides_logement/aide_logement_loyer_retenu.ts";
import { aide_logement_montant } from "../../variables/aides_logement/aide_logement_montant.ts";
import { aide_logement_montant_brut } from "../../variables/aides_logement/aide_logement_montant_brut.ts";
import { aide_logement_montant_brut_avant_degressivite } from "../../variables/aides_logement/aide_logement_montant_brut_avant_degressivite.ts";
import { aide_logement_montant_brut_crds } from "../../variables/aides_logement/aide_logement_montant_brut_crds.ts";
import { aide_logement_montant_selectionne_avant_seuil } from "../../variables/aides_logement/aide_logement_montant_selectionne_avant_seuil.ts";
import { aide_logement_non_calculable } from "../../variables/aides_logement/aide_logement_non_calculable.ts";
import { aide_logement_participation_personnelle } from "../../variables/aides_logement/aide_logement_participation_personnelle.ts";
import { aide_logement_taux_famille } from "../../variables/aides_logement/aide_logement_taux_famille.ts";
import { aide_logement_taux_loyer } from "../../variables/aides_logement/aide_logement_taux_loyer.ts";
import { aides_logement } from "../../variables/aides_logement/aides_logement.ts";
import { aides_logement_accedant_et_foyer } from "../../variables/aides_logement/aides_logement_accedant_et_foyer.ts";
import { aides_logement_foyer_chambre_non_rehabilite_eligibilite } from "../../variables/aides_logement/aides_logement_foyer_chambre_non_rehabilite_eligibilite.ts";
import { aides_logement_foyer_conventionne_plafond } from "../../variables/aides_logement/aides_logement_foyer_conventionne_plafond.ts";
import { aides_logement_foyer_k_al } from "../../variables/aides_logement/aides_logement_foyer_k_al.ts";
import { aides_logement_foyer_k_apl } from "../../variables/aides_logement/aides_logement_foyer_k_apl.ts";
import { aides_logement_foyer_personne_agee_eligibilite } from "../../variables/aides_logement/aides_logement_foyer_personne_agee_eligibilite.ts";
import { aides_logement_foyer_plafond_mensualite } from "../../variables/aides_logement/aides_logement_foyer_plafond_mensualite.ts";
import { aides_logement_k } from "../../variables/aides_logement/aides_logement_k.ts";
import { aides_logement_loyer_minimal } from "../../variables/aides_logement/aides_logement_loyer_minimal.ts";
import { aides_logement_loyer_minimal_al } from "../../variables/aides_logement/aides_logement_loyer_minimal_al.ts";
import { aides_logement_loyer_minimal_apl } from "../../variables/aides_logement/aides_logement_loyer_minimal_apl.ts";
import { aides_logement_nb_part } from "../../variables/aides_logement/aides_logement_nb_part.ts";
import { aides_logement_plafond_mensualite } from "../../variables/aides_logement/aides_logement_plafond_mensualite.ts";
import { aides_logement_primo_accedant_eligibilite } from "../../variables/aides_logement/aides_logement_primo_accedant_eligibilite.ts";
import { aides_logement_primo_accedant_k } from "../../variables/aides_logement/aides_logement_primo_accedant_k.ts";
import { aides_logement_primo_accedant_plafond_mensualite } from "../../variables/aides_logement/aides_logement_primo_accedant_plafond_mensualite.ts";
import { aides_logement_primo_accedant_ressources } from "../../variables/aides_logement/aides_logement_primo_accedant_ressources.ts";
import { al_couple } from "../../variables/aides_logement/al_couple.ts";
import { al_nb_personnes_a_charge } from "../../variables/aides_logement/al_nb_personnes_a_charge.ts";
import { alf } from "../../variables/aides_logement/alf.ts";
import { als } from "../../variables/aides_logement/als.ts";
import { apl } from "../../variables/aides_logement/apl.ts";
import { charges_locatives } from "../../variables/aides_logement/charges_locatives.ts";
import { crds_logement } from "../../variables/aides_logement/crds_logement.ts";
import { enceinte_fam } from "../../variables/aides_logement/enceinte_fam.ts";
import { etat_logement } from "../../variables/aides_logement/etat_logement.ts";
import { etat_logement_foyer } from "../../variables/aides_logement/etat_logement_foyer.ts";
import { logement_conventionne } from "../../variables/aides_logement/logement_conventionne.ts";
import { reduction_loyer_solidarite } from "../../variables/aides_logement/reduction_loyer_solidarite.ts";
import { reduction_loyer_solidarite_montant } from "../../variables/aides_logement/reduction_loyer_solidarite_montant.ts";
import { reduction_loyer_solidarite_plafond_ressources } from "../../variables/aides_logement/reduction_loyer_solidarite_plafond_ressources.ts";
import { residence_aides_logement_outre_mer } from "../../variables/aides_logement/residence_aides_logement_outre_mer.ts";
import { residence_saint_bartelemy } from "../../variables/aides_logement/residence_saint_bartelemy.ts";
import { residence_saint_pierre_et_miquelon } from "../../variables/aides_logement/residence_saint_pierre_et_miquelon.ts";
import { zone_apl } from "../../variables/aides_logement/zone_apl.ts";

export const aidesLogementVariables: readonly Variable[] = [
  abattements_speciaux_prestations_familiales,
  aide_logement,
  aide_logement_R0,
  aide_logement_abattement_indemnites_chomage,
  aide_logement_abattement_revenus_activite_professionnelle,
  aide_logement_base_ressources,
  aide_logement_base_ressources_eval_forfaitaire,
  aide_logement_base_ressources_individu,
  aide_logement_base_ressources_patrimoine,
  aide_logement_base_revenus_fiscaux,
  aide_logement_biactivite,
  aide_logement_charges,
  aide_logement_condition_neutralisation,
  aide_logement_loyer_plafond,
  aide_logement_loyer_reel,
  aide_logement_loyer_retenu,
  aide_logement_montant,
  aide_logement_montant_brut,
  aide_logement_montant_brut_avant_degressivite,
  aide_logement_montant_brut_crds,
  aide_logement_montant_selectionne_avant_seuil,
  aide_logement_non_calculable,
  aide_logement_participation_personnelle,
  aide_logement_taux_famille,
  aide_logement_taux_loyer,
  aides_logement,
  aides_logement_accedant_et_foyer,
  aides_logement_foyer_chambre_non_rehabilite_eligibilite,
  aides_logement_foyer_conventionne_plafond,
  aides_logement_foyer_k_al,
  aides_logement_foyer_k_apl,
  aides_logement_foyer_personne_agee_eligibilite,
  aides_logement_foyer_plafond_mensualite,
  aides_logement_k,
  aides_logement_loyer_minimal,
  aides_logement_loyer_minimal_al,
  aides_logement_loyer_minimal_apl,
  aides_logement_nb_part,
  aides_logement_plafond_mensualite,
  aides_logement_primo_accedant_eligibilite,
  aides_logement_primo_accedant_k,
  aides_logement_primo_accedant_plafond_mensualite,
  aides_logement_primo_accedant_ressources,
  al_couple,
  al_nb_personnes_a_charge,
  alf,
  als,
  apl,
  charges_locatives,
  crds_logement,
  enceinte_fam,
  etat_logement,
  etat_logement_foyer,
  logement_conventionne,
  reduction_loyer_solidarite,
  reduction_loyer_solidarite_montant,
  reduction_loyer_solidarite_plafond_ressources,
  residence_aides_logement_outre_mer,
  residence_saint_bartelemy,
  residence_saint_pierre_et_miquelon,
  zone_apl,
];
