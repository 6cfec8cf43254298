// The variables of variables/aah/ (allocation aux adultes handicapés), listed explicitly.
import type { Variable } from "@zero/engine";
import { aah } from "../../variables/aah/aah.ts";
import { aah_base } from "../../variables/aah/aah_base.ts";
import { aah_base_ressources_activite_eval_trimestrielle } from "../../variables/aah/aah_base_ressources_activite_eval_trimestrielle.ts";
import { aah_base_ressources_conjugalisee } from "../../variables/aah/aah_base_ressources_conjugalisee.ts";
import { aah_base_ressources_deconjugalisee } from "../../variables/aah/aah_base_ressources_deconjugalisee.ts";
import { aah_base_ressources_hors_activite_eval_annuelle } from "../../variables/aah/aah_base_ressources_hors_activite_eval_annuelle.ts";
import { aah_eligible } from "../../variables/aah/aah_eligible.ts";
import { aah_restriction_substantielle_durable_acces_emploi } from "../../variables/aah/aah_restriction_substantielle_durable_acces_emploi.ts";
import { caah } from "../../variables/aah/caah.ts";
import { complement_ressources_aah } from "../../variables/aah/complement_ressources_aah.ts";
import { eligibilite_caah } from "../../variables/aah/eligibilite_caah.ts";
import { mva } from "../../variables/aah/mva.ts";

export const aahVariables: readonly Variable[] = [
  aah,
  aah_base,
  aah_base_ressources_activite_eval_trimestrielle,
  aah_base_ressources_conjugalisee,
  aah_base_ressources_deconjugalisee,
  aah_base_ressources_hors_activite_eval_annuelle,
  aah_eligible,
  aah_restriction_substantielle_durable_acces_emploi,
  caah,
  complement_ressources_aah,
  eligibilite_caah,
  mva,
];
