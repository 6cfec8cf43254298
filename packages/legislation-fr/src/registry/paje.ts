// The variables of variables/paje/ (prestation d'accueil du jeune enfant), listed explicitly.
// The CLCA and its complément optionnel (paje_clca, paje_colca) are in variables/common/, with the PreParE (an input).
import type { Variable } from "@zero/engine";
import { crds_paje } from "../../variables/paje/crds_paje.ts";
import { inactif } from "../../variables/paje/inactif.ts";
import { paje } from "../../variables/paje/paje.ts";
import { paje_adoption } from "../../variables/paje/paje_adoption.ts";
import { paje_base } from "../../variables/paje/paje_base.ts";
import { paje_clca_taux_partiel } from "../../variables/paje/paje_clca_taux_partiel.ts";
import { paje_clca_taux_plein } from "../../variables/paje/paje_clca_taux_plein.ts";
import { paje_cmg } from "../../variables/paje/paje_cmg.ts";
import { paje_naissance } from "../../variables/paje/paje_naissance.ts";
import { paje_nette_crds } from "../../variables/paje/paje_nette_crds.ts";
import { partiel1 } from "../../variables/paje/partiel1.ts";
import { partiel2 } from "../../variables/paje/partiel2.ts";

export const pajeVariables: readonly Variable[] = [
  crds_paje,
  inactif,
  paje,
  paje_adoption,
  paje_base,
  paje_clca_taux_partiel,
  paje_clca_taux_plein,
  paje_cmg,
  paje_naissance,
  paje_nette_crds,
  partiel1,
  partiel2,
];
