// The variables of variables/aspa/ (allocation de solidarité aux personnes âgées), listed explicitly.
import type { Variable } from "@zero/engine";
import { asi_aspa_base_ressources } from "../../variables/aspa/asi_aspa_base_ressources.ts";
import { asi_aspa_base_ressources_individu } from "../../variables/aspa/asi_aspa_base_ressources_individu.ts";
import { asi_aspa_condition_nationalite } from "../../variables/aspa/asi_aspa_condition_nationalite.ts";
import { aspa } from "../../variables/aspa/aspa.ts";
import { aspa_eligibilite } from "../../variables/aspa/aspa_eligibilite.ts";

export const aspaVariables: readonly Variable[] = [
  asi_aspa_base_ressources,
  asi_aspa_base_ressources_individu,
  asi_aspa_condition_nationalite,
  aspa,
  aspa_eligibilite,
];
