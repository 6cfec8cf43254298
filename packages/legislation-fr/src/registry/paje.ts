// The variables of variables/paje/ (prestation d'accueil du jeune enfant), listed explicitly.
import type { Variable } from "@zero/engine";
import { paje_base } from "../../variables/paje/paje_base.ts";

export const pajeVariables: readonly Variable[] = [paje_base];
