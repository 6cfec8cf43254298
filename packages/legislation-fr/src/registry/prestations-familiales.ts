// The variables of variables/prestations_familiales/ (rules shared by the prestations
// familiales under resource conditions), listed explicitly.
import type { Variable } from "@zero/engine";
import { biactivite } from "../../variables/prestations_familiales/biactivite.ts";
import { revenu_categoriel_foncier } from "../../variables/prestations_familiales/revenu_categoriel_foncier.ts";

export const prestationsFamilialesVariables: readonly Variable[] = [biactivite, revenu_categoriel_foncier];
