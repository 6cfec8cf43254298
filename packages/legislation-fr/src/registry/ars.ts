// The variables of variables/ars/ (allocation de rentrée scolaire), listed explicitly.
import type { Variable } from "@zero/engine";
import { ars } from "../../variables/ars/ars.ts";

export const arsVariables: readonly Variable[] = [ars];
