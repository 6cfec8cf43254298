// The explicit registry of the French model's variables, one list per folder of
// variables/ (src/registry/), gathered here.
import type { Variable } from "@zero/engine";
import { aahVariables } from "./registry/aah.ts";
import { afVariables } from "./registry/af.ts";
import { asfVariables } from "./registry/asf.ts";
import { aspaVariables } from "./registry/aspa.ts";
import { cfVariables } from "./registry/cf.ts";
import { aidesLogementVariables } from "./registry/aides-logement.ts";
import { commonVariables } from "./registry/common.ts";
import { pajeVariables } from "./registry/paje.ts";
import { ppaVariables } from "./registry/ppa.ts";
import { prestationsFamilialesVariables } from "./registry/prestations-familiales.ts";
import { rsaVariables } from "./registry/rsa.ts";
import { arsVariables } from "./registry/ars.ts";
import { aeehVariables } from "./registry/aeeh.ts";
import { assVariables } from "./registry/ass.ts";
import { cssVariables } from "./registry/css.ts";
import { chequeEnergieVariables } from "./registry/cheque-energie.ts";
import { jeunesVariables } from "./registry/jeunes.ts";
import { impotRevenuVariables } from "./registry/impot-revenu.ts";

/** Every variable of the model, one file each (a test checks that none is forgotten). */
export const variables: readonly Variable[] = [
  ...aahVariables,
  ...afVariables,
  ...asfVariables,
  ...aspaVariables,
  ...cfVariables,
  ...aidesLogementVariables,
  ...commonVariables,
  ...pajeVariables,
  ...ppaVariables,
  ...prestationsFamilialesVariables,
  ...rsaVariables,
  ...arsVariables,
  ...aeehVariables,
  ...assVariables,
  ...cssVariables,
  ...chequeEnergieVariables,
  ...jeunesVariables,
  ...impotRevenuVariables,
];
