// The variables of variables/rsa/ (RSA), listed explicitly.
import type { Variable } from "@zero/engine";
import { departement_experimentation_rsa } from "../../variables/rsa/departement_experimentation_rsa.ts";
import { rsa } from "../../variables/rsa/rsa.ts";
import { rsa_base_ressources } from "../../variables/rsa/rsa_base_ressources.ts";
import { rsa_base_ressources_individu } from "../../variables/rsa/rsa_base_ressources_individu.ts";
import { rsa_base_ressources_minima_sociaux } from "../../variables/rsa/rsa_base_ressources_minima_sociaux.ts";
import { rsa_base_ressources_patrimoine } from "../../variables/rsa/rsa_base_ressources_patrimoine.ts";
import { rsa_base_ressources_prestations_familiales } from "../../variables/rsa/rsa_base_ressources_prestations_familiales.ts";
import { rsa_condition_nationalite } from "../../variables/rsa/rsa_condition_nationalite.ts";
import { rsa_eligibilite } from "../../variables/rsa/rsa_eligibilite.ts";
import { rsa_eligibilite_tns } from "../../variables/rsa/rsa_eligibilite_tns.ts";
import { rsa_enfant_a_charge } from "../../variables/rsa/rsa_enfant_a_charge.ts";
import { rsa_forfait_asf } from "../../variables/rsa/rsa_forfait_asf.ts";
import { rsa_forfait_logement } from "../../variables/rsa/rsa_forfait_logement.ts";
import { rsa_isolement_recent } from "../../variables/rsa/rsa_isolement_recent.ts";
import { rsa_jeune_condition_heures_travail_remplie } from "../../variables/rsa/rsa_jeune_condition_heures_travail_remplie.ts";
import { rsa_majoration_par_enfant } from "../../variables/rsa/rsa_majoration_par_enfant.ts";
import { rsa_majore_eligibilite } from "../../variables/rsa/rsa_majore_eligibilite.ts";
import { rsa_membre_foyer } from "../../variables/rsa/rsa_membre_foyer.ts";
import { rsa_montant } from "../../variables/rsa/rsa_montant.ts";
import { rsa_nb_enfants } from "../../variables/rsa/rsa_nb_enfants.ts";
import { rsa_non_calculable } from "../../variables/rsa/rsa_non_calculable.ts";
import { rsa_revenu_activite } from "../../variables/rsa/rsa_revenu_activite.ts";
import { rsa_revenu_activite_individu } from "../../variables/rsa/rsa_revenu_activite_individu.ts";
import { rsa_socle } from "../../variables/rsa/rsa_socle.ts";
import { rsa_socle_majore } from "../../variables/rsa/rsa_socle_majore.ts";

export const rsaVariables: readonly Variable[] = [
  departement_experimentation_rsa,
  rsa,
  rsa_base_ressources,
  rsa_base_ressources_individu,
  rsa_base_ressources_minima_sociaux,
  rsa_base_ressources_patrimoine,
  rsa_base_ressources_prestations_familiales,
  rsa_condition_nationalite,
  rsa_eligibilite,
  rsa_eligibilite_tns,
  rsa_enfant_a_charge,
  rsa_forfait_asf,
  rsa_forfait_logement,
  rsa_isolement_recent,
  rsa_jeune_condition_heures_travail_remplie,
  rsa_majoration_par_enfant,
  rsa_majore_eligibilite,
  rsa_membre_foyer,
  rsa_montant,
  rsa_nb_enfants,
  rsa_non_calculable,
  rsa_revenu_activite,
  rsa_revenu_activite_individu,
  rsa_socle,
  rsa_socle_majore,
];
