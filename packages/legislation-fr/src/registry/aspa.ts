// The variables of variables/aspa/ (allocation de solidarité aux personnes âgées, allocation supplémentaire d'invalidité), listed explicitly.
import type { Variable } from "@zero/engine";
import { asi } from "../../variables/aspa/asi.ts";
import { asi_aspa_base_ressources } from "../../variables/aspa/asi_aspa_base_ressources.ts";
import { asi_aspa_base_ressources_individu } from "../../variables/aspa/asi_aspa_base_ressources_individu.ts";
import { asi_aspa_condition_nationalite } from "../../variables/aspa/asi_aspa_condition_nationalite.ts";
import { asi_aspa_nb_alloc } from "../../variables/aspa/asi_aspa_nb_alloc.ts";
import { asi_eligibilite } from "../../variables/aspa/asi_eligibilite.ts";
import { asi_nb_alloc } from "../../variables/aspa/asi_nb_alloc.ts";
import { aspa } from "../../variables/aspa/aspa.ts";
import { aspa_eligibilite } from "../../variables/aspa/aspa_eligibilite.ts";
import { maries } from "../../variables/aspa/maries.ts";

export const aspaVariables: readonly Variable[] = [
  asi,
  asi_aspa_base_ressources,
  asi_aspa_base_ressources_individu,
  asi_aspa_condition_nationalite,
  asi_aspa_nb_alloc,
  asi_eligibilite,
  asi_nb_alloc,
  aspa,
  aspa_eligibilite,
  maries,
];
