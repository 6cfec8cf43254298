// @zero/legislation-fr: the French model (RSA, prime d'activité, allocations familiales).
import { createTaxBenefitSystem, type TaxBenefitSystem } from "@zero/engine";
import { catalogueInputs } from "./catalogue/openfisca-catalogue.ts";
import { entities } from "./entities.ts";
import { loadParameters, PARAMETERS_DIR } from "./parameters.ts";
import { variables } from "./variables.ts";

export { entities } from "./entities.ts";
export { variables } from "./variables.ts";
export { openfiscaCatalogue, computedByOpenfisca } from "./catalogue/openfisca-catalogue.ts";
export type { CatalogueEntry } from "./catalogue/catalogue-entry.ts";
export { zeroStatus, notComputedByZero, type ZeroStatus } from "./catalogue/zero-status.ts";
export { frenchExplanation, loadWordings, type ExplainedResult, type FrenchExplanation } from "./explain/index.ts";
export { loadParameters, readParameterFiles, PARAMETERS_DIR } from "./parameters.ts";

/**
 * Builds the French tax-benefit system: entities, variables and the dated parameters. Every
 * variable of OpenFisca-France that the model does not declare is there too, as an input on
 * OpenFisca's entity (src/catalogue/, decision 0026).
 */
export function buildFrenchSystem(parametersDir: string = PARAMETERS_DIR): TaxBenefitSystem {
  const all = [...variables, ...catalogueInputs(variables)];
  return createTaxBenefitSystem({ entities, variables: all, parameters: loadParameters(parametersDir) });
}
