// The variables of variables/af/ (allocations familiales), listed explicitly.
import type { Variable } from "@zero/engine";
import { af } from "../../variables/af/af.ts";
import { af_age_aine } from "../../variables/af/af_age_aine.ts";
import { af_allocation_forfaitaire } from "../../variables/af/af_allocation_forfaitaire.ts";
import { af_allocation_forfaitaire_complement_degressif } from "../../variables/af/af_allocation_forfaitaire_complement_degressif.ts";
import { af_allocation_forfaitaire_nb_enfants } from "../../variables/af/af_allocation_forfaitaire_nb_enfants.ts";
import { af_allocation_forfaitaire_taux_modulation } from "../../variables/af/af_allocation_forfaitaire_taux_modulation.ts";
import { af_base } from "../../variables/af/af_base.ts";
import { af_coeff_garde_alternee } from "../../variables/af/af_coeff_garde_alternee.ts";
import { af_complement_degressif } from "../../variables/af/af_complement_degressif.ts";
import { af_majoration } from "../../variables/af/af_majoration.ts";
import { af_nbenf } from "../../variables/af/af_nbenf.ts";
import { af_nettes_crds } from "../../variables/af/af_nettes_crds.ts";
import { af_taux_modulation } from "../../variables/af/af_taux_modulation.ts";

export const afVariables: readonly Variable[] = [
  af,
  af_age_aine,
  af_allocation_forfaitaire,
  af_allocation_forfaitaire_complement_degressif,
  af_allocation_forfaitaire_nb_enfants,
  af_allocation_forfaitaire_taux_modulation,
  af_base,
  af_coeff_garde_alternee,
  af_complement_degressif,
  af_majoration,
  af_nbenf,
  af_nettes_crds,
  af_taux_modulation,
];
