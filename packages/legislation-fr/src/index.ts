// @zero/legislation-fr: the French model (RSA, prime d'activité, allocations familiales).
import { createTaxBenefitSystem, type TaxBenefitSystem } from "@zero/engine";
import { entities } from "./entities.ts";
import { loadParameters, PARAMETERS_DIR } from "./parameters.ts";
import { variables } from "./variables.ts";

export { entities } from "./entities.ts";
export { variables } from "./variables.ts";
export { loadParameters, readParameterFiles, PARAMETERS_DIR } from "./parameters.ts";

/** Builds the French tax-benefit system: entities, variables and the dated parameters. */
export function buildFrenchSystem(parametersDir: string = PARAMETERS_DIR): TaxBenefitSystem {
  return createTaxBenefitSystem({ entities, variables: [...variables], parameters: loadParameters(parametersDir) });
}
