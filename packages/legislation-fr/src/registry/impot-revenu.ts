// The variables of variables/impot_revenu/ (impôt sur le revenu), listed explicitly.
import type { Variable } from "@zero/engine";

export const impotRevenuVariables: readonly Variable[] = [];
