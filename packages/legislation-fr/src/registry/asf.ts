// The variables of variables/asf/ (allocation de soutien familial), listed explicitly.
import type { Variable } from "@zero/engine";
import { asf } from "../../variables/asf/asf.ts";
import { asf_elig } from "../../variables/asf/asf_elig.ts";
import { asf_elig_enfant } from "../../variables/asf/asf_elig_enfant.ts";
import { asf_nette_crds } from "../../variables/asf/asf_nette_crds.ts";

export const asfVariables: readonly Variable[] = [asf, asf_elig, asf_elig_enfant, asf_nette_crds];
