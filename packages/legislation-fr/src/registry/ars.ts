// The variables of variables/ars/ (allocation de rentrée scolaire), listed explicitly.
import type { Variable } from "@zero/engine";

export const arsVariables: readonly Variable[] = [];
