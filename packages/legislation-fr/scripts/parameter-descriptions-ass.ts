/**
 * Zéro's own wording for the parameters of the allocation de solidarité spécifique, AAH, CAAH, MVA. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

export const assWordings: Readonly<Record<string, ParameterWording>> = {};

/** Node descriptions (index.yaml). */
export const assNodeWordings: Readonly<Record<string, string>> = {};
