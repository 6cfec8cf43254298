// The variables of variables/css/ (complémentaire santé solidaire, CMU-C et ACS), listed explicitly.
import type { Variable } from "@zero/engine";
import { acs } from "../../variables/css/acs.ts";
import { acs_montant } from "../../variables/css/acs_montant.ts";
import { acs_montant_i } from "../../variables/css/acs_montant_i.ts";
import { acs_plafond } from "../../variables/css/acs_plafond.ts";
import { cmu_c } from "../../variables/css/cmu_c.ts";
import { cmu_c_plafond } from "../../variables/css/cmu_c_plafond.ts";
import { cmu_eligible_majoration_dom } from "../../variables/css/cmu_eligible_majoration_dom.ts";
import { cmu_nb_pac } from "../../variables/css/cmu_nb_pac.ts";
import { cmu_nbp_foyer } from "../../variables/css/cmu_nbp_foyer.ts";
import { css_base_ressources_aah_individu } from "../../variables/css/css_base_ressources_aah_individu.ts";
import { css_base_ressources_asi_individu } from "../../variables/css/css_base_ressources_asi_individu.ts";
import { css_base_ressources_aspa_asv } from "../../variables/css/css_base_ressources_aspa_asv.ts";
import { css_cmu_acs_eligibilite } from "../../variables/css/css_cmu_acs_eligibilite.ts";
import { css_cmu_base_ressources } from "../../variables/css/css_cmu_base_ressources.ts";
import { css_cmu_base_ressources_individu } from "../../variables/css/css_cmu_base_ressources_individu.ts";
import { css_cmu_forfait_logement_al } from "../../variables/css/css_cmu_forfait_logement_al.ts";
import { css_cmu_forfait_logement_base } from "../../variables/css/css_cmu_forfait_logement_base.ts";
import { css_participation_forfaitaire } from "../../variables/css/css_participation_forfaitaire.ts";
import { css_participation_forfaitaire_montant } from "../../variables/css/css_participation_forfaitaire_montant.ts";
import { css_participation_forfaitaire_montant_i } from "../../variables/css/css_participation_forfaitaire_montant_i.ts";
import { residence_guadeloupe } from "../../variables/css/residence_guadeloupe.ts";
import { residence_guyane } from "../../variables/css/residence_guyane.ts";
import { residence_martinique } from "../../variables/css/residence_martinique.ts";
import { residence_reunion } from "../../variables/css/residence_reunion.ts";
import { rpns_auto_entrepreneur_benefice } from "../../variables/css/rpns_auto_entrepreneur_benefice.ts";
import { rsa_base_ressources_patrimoine_individu } from "../../variables/css/rsa_base_ressources_patrimoine_individu.ts";

export const cssVariables: readonly Variable[] = [
  acs,
  acs_montant,
  acs_montant_i,
  acs_plafond,
  cmu_c,
  cmu_c_plafond,
  cmu_eligible_majoration_dom,
  cmu_nb_pac,
  cmu_nbp_foyer,
  css_base_ressources_aah_individu,
  css_base_ressources_asi_individu,
  css_base_ressources_aspa_asv,
  css_cmu_acs_eligibilite,
  css_cmu_base_ressources,
  css_cmu_base_ressources_individu,
  css_cmu_forfait_logement_al,
  css_cmu_forfait_logement_base,
  css_participation_forfaitaire,
  css_participation_forfaitaire_montant,
  css_participation_forfaitaire_montant_i,
  residence_guadeloupe,
  residence_guyane,
  residence_martinique,
  residence_reunion,
  rpns_auto_entrepreneur_benefice,
  rsa_base_ressources_patrimoine_individu,
];
