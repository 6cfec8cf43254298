// The variables of variables/ass/ (allocation de solidarité spécifique), listed explicitly.
import type { Variable } from "@zero/engine";

export const assVariables: readonly Variable[] = [];
