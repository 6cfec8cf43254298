// The variables of variables/cheque_energie/ (chèque énergie), listed explicitly.
import type { Variable } from "@zero/engine";

export const chequeEnergieVariables: readonly Variable[] = [];
