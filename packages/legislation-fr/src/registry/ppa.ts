// The variables of variables/ppa/ (prime d'activité), listed explicitly.
import type { Variable } from "@zero/engine";
import { ppa } from "../../variables/ppa/ppa.ts";
import { ppa_base_ressources } from "../../variables/ppa/ppa_base_ressources.ts";
import { ppa_bonification } from "../../variables/ppa/ppa_bonification.ts";
import { ppa_eligibilite } from "../../variables/ppa/ppa_eligibilite.ts";
import { ppa_eligibilite_apprenants } from "../../variables/ppa/ppa_eligibilite_apprenants.ts";
import { ppa_fictive } from "../../variables/ppa/ppa_fictive.ts";
import { ppa_forfait_logement } from "../../variables/ppa/ppa_forfait_logement.ts";
import { ppa_indice_du_mois_trimestre_reference } from "../../variables/ppa/ppa_indice_du_mois_trimestre_reference.ts";
import { ppa_mois_demande } from "../../variables/ppa/ppa_mois_demande.ts";
import { ppa_montant_forfaitaire_familial_majore } from "../../variables/ppa/ppa_montant_forfaitaire_familial_majore.ts";
import { ppa_montant_forfaitaire_familial_non_majore } from "../../variables/ppa/ppa_montant_forfaitaire_familial_non_majore.ts";
import { ppa_nette_crds } from "../../variables/ppa/ppa_nette_crds.ts";
import { ppa_ressources_hors_activite } from "../../variables/ppa/ppa_ressources_hors_activite.ts";
import { ppa_ressources_hors_activite_individu } from "../../variables/ppa/ppa_ressources_hors_activite_individu.ts";
import { ppa_revenu_activite } from "../../variables/ppa/ppa_revenu_activite.ts";
import { ppa_revenu_activite_individu } from "../../variables/ppa/ppa_revenu_activite_individu.ts";
import { ppa_versee } from "../../variables/ppa/ppa_versee.ts";

export const ppaVariables: readonly Variable[] = [
  ppa,
  ppa_base_ressources,
  ppa_bonification,
  ppa_eligibilite,
  ppa_eligibilite_apprenants,
  ppa_fictive,
  ppa_forfait_logement,
  ppa_indice_du_mois_trimestre_reference,
  ppa_mois_demande,
  ppa_montant_forfaitaire_familial_majore,
  ppa_montant_forfaitaire_familial_non_majore,
  ppa_nette_crds,
  ppa_ressources_hors_activite,
  ppa_ressources_hors_activite_individu,
  ppa_revenu_activite,
  ppa_revenu_activite_individu,
  ppa_versee,
];
