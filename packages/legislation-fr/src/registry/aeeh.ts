// The variables of variables/aeeh/ (allocation d'éducation de l'enfant handicapé), listed explicitly.
import type { Variable } from "@zero/engine";
import { aeeh } from "../../variables/aeeh/aeeh.ts";

export const aeehVariables: readonly Variable[] = [aeeh];
