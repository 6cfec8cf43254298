// The variables of variables/ass/ (allocation de solidarité spécifique), listed explicitly.
import type { Variable } from "@zero/engine";
import { ass } from "../../variables/ass/ass.ts";
import { ass_base_ressources } from "../../variables/ass/ass_base_ressources.ts";
import { ass_base_ressources_conjoint } from "../../variables/ass/ass_base_ressources_conjoint.ts";
import { ass_base_ressources_individu } from "../../variables/ass/ass_base_ressources_individu.ts";
import { ass_eligibilite_cumul_individu } from "../../variables/ass/ass_eligibilite_cumul_individu.ts";
import { ass_eligibilite_individu } from "../../variables/ass/ass_eligibilite_individu.ts";
import { indemnites_journalieres } from "../../variables/ass/indemnites_journalieres.ts";

export const assVariables: readonly Variable[] = [
  ass,
  ass_base_ressources,
  ass_base_ressources_conjoint,
  ass_base_ressources_individu,
  ass_eligibilite_cumul_individu,
  ass_eligibilite_individu,
  indemnites_journalieres,
];
