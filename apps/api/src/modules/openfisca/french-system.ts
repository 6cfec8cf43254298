import type { TaxBenefitSystem } from "@zero/engine";
import { buildFrenchSystem } from "@zero/legislation-fr";

let system: TaxBenefitSystem | undefined;

/** The French model, loaded once per process (parameters are read from YAML files). */
export function frenchSystem(): TaxBenefitSystem {
  system ??= buildFrenchSystem();
  return system;
}
