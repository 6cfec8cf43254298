/**
 * Zéro's own wording for the parameters of the aides des jeunes, des étudiants, du logement et de la culture. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

export const jeunesWordings: Readonly<Record<string, ParameterWording>> = {};

/** Node descriptions (index.yaml). */
export const jeunesNodeWordings: Readonly<Record<string, string>> = {};
