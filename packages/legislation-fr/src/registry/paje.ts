// The variables of variables/paje/ (prestation d'accueil du jeune enfant), listed explicitly.
import type { Variable } from "@zero/engine";
import { inactif } from "../../variables/paje/inactif.ts";
import { paje_base } from "../../variables/paje/paje_base.ts";
import { partiel1 } from "../../variables/paje/partiel1.ts";
import { partiel2 } from "../../variables/paje/partiel2.ts";

export const pajeVariables: readonly Variable[] = [inactif, paje_base, partiel1, partiel2];
