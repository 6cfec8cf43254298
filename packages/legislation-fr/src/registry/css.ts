// The variables of variables/css/ (complémentaire santé solidaire, CMU-C et ACS), listed explicitly.
import type { Variable } from "@zero/engine";

export const cssVariables: readonly Variable[] = [];
