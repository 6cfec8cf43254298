// The variables of variables/jeunes/ (aides que demandent les simulateurs publics : jeunes, étudiants, logement, culture), listed explicitly.
import type { Variable } from "@zero/engine";

export const jeunesVariables: readonly Variable[] = [];
