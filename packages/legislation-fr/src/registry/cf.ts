// The variables of variables/cf/ (complément familial), listed explicitly.
import type { Variable } from "@zero/engine";
import { cf } from "../../variables/cf/cf.ts";
import { cf_base_ressources } from "../../variables/cf/cf_base_ressources.ts";
import { cf_eligibilite_dom } from "../../variables/cf/cf_eligibilite_dom.ts";
import { cf_enfant_eligible } from "../../variables/cf/cf_enfant_eligible.ts";
import { cf_majore_avant_cumul } from "../../variables/cf/cf_majore_avant_cumul.ts";
import { cf_majore_plafond } from "../../variables/cf/cf_majore_plafond.ts";
import { cf_non_majore_avant_cumul } from "../../variables/cf/cf_non_majore_avant_cumul.ts";
import { cf_net_crds } from "../../variables/cf/cf_net_crds.ts";
import { cf_plafond } from "../../variables/cf/cf_plafond.ts";

export const cfVariables: readonly Variable[] = [
  cf,
  cf_base_ressources,
  cf_eligibilite_dom,
  cf_enfant_eligible,
  cf_majore_avant_cumul,
  cf_majore_plafond,
  cf_net_crds,
  cf_non_majore_avant_cumul,
  cf_plafond,
];
