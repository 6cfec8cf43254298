// The explicit registry of the French model's variables, one list per folder of
// variables/ (src/registry/), gathered here.
import type { Variable } from "@zero/engine";
import { afVariables } from "./registry/af.ts";
import { commonVariables } from "./registry/common.ts";
import { ppaVariables } from "./registry/ppa.ts";
import { rsaVariables } from "./registry/rsa.ts";

/** Every variable of the model, one file each (a test checks that none is forgotten). */
export const variables: readonly Variable[] = [
  ...afVariables,
  ...commonVariables,
  ...ppaVariables,
  ...rsaVariables,
];
