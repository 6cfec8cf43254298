// The variables of variables/aides_logement/ (APL, ALF, ALS of tenants), listed explicitly.
import type { Variable } from "@zero/engine";
import { aide_logement } from "../../variables/aides_logement/aide_logement.ts";
import { aide_logement_R0 } from "../../variables/aides_logement/aide_logement_R0.ts";
import { aide_logement_base_ressources } from "../../variables/aides_logement/aide_logement_base_ressources.ts";
import { aide_logement_base_ressources_individu } from "../../variables/aides_logement/aide_logement_base_ressources_individu.ts";
import { aide_logement_charges } from "../../variables/aides_logement/aide_logement_charges.ts";
import { aide_logement_loyer_plafond } from "../../variables/aides_logement/aide_logement_loyer_plafond.ts";
import { aide_logement_loyer_reel } from "../../variables/aides_logement/aide_logement_loyer_reel.ts";
import { aide_logement_loyer_retenu } from "../../variables/aides_logement/aide_logement_loyer_retenu.ts";
import { aide_logement_montant } from "../../variables/aides_logement/aide_logement_montant.ts";
import { aide_logement_montant_brut } from "../../variables/aides_logement/aide_logement_montant_brut.ts";
import { aide_logement_montant_brut_avant_degressivite } from "../../variables/aides_logement/aide_logement_montant_brut_avant_degressivite.ts";
import { aide_logement_participation_personnelle } from "../../variables/aides_logement/aide_logement_participation_personnelle.ts";
import { aide_logement_taux_famille } from "../../variables/aides_logement/aide_logement_taux_famille.ts";
import { aide_logement_taux_loyer } from "../../variables/aides_logement/aide_logement_taux_loyer.ts";
import { al_nb_personnes_a_charge } from "../../variables/aides_logement/al_nb_personnes_a_charge.ts";
import { alf } from "../../variables/aides_logement/alf.ts";
import { als } from "../../variables/aides_logement/als.ts";
import { apl } from "../../variables/aides_logement/apl.ts";
import { charges_locatives } from "../../variables/aides_logement/charges_locatives.ts";
import { logement_conventionne } from "../../variables/aides_logement/logement_conventionne.ts";
import { reduction_loyer_solidarite } from "../../variables/aides_logement/reduction_loyer_solidarite.ts";
import { reduction_loyer_solidarite_plafond_ressources } from "../../variables/aides_logement/reduction_loyer_solidarite_plafond_ressources.ts";
import { rpns_imposables } from "../../variables/aides_logement/rpns_imposables.ts";
import { zone_apl } from "../../variables/aides_logement/zone_apl.ts";

export const aidesLogementVariables: readonly Variable[] = [
  aide_logement,
  aide_logement_R0,
  aide_logement_base_ressources,
  aide_logement_base_ressources_individu,
  aide_logement_charges,
  aide_logement_loyer_plafond,
  aide_logement_loyer_reel,
  aide_logement_loyer_retenu,
  aide_logement_montant,
  aide_logement_montant_brut,
  aide_logement_montant_brut_avant_degressivite,
  aide_logement_participation_personnelle,
  aide_logement_taux_famille,
  aide_logement_taux_loyer,
  al_nb_personnes_a_charge,
  alf,
  als,
  apl,
  charges_locatives,
  logement_conventionne,
  reduction_loyer_solidarite,
  reduction_loyer_solidarite_plafond_ressources,
  rpns_imposables,
  zone_apl,
];
