// What Zéro does with a variable, next to OpenFisca-France (decision 0026).
import type { TaxBenefitSystem, Variable } from "@zero/engine";
import { computedByOpenfisca } from "./openfisca-catalogue.ts";

/**
 * `computed`: a formula here; `input`: neither Zéro nor OpenFisca computes it (given, or its
 * default); `not_computed`: OpenFisca computes it, Zéro not yet — asked for, it must be refused
 * (the API) or fail (the conformance), never answered with a default.
 */
export type ZeroStatus = "computed" | "input" | "not_computed";

export function zeroStatus(variable: Variable): ZeroStatus {
  if (variable.formulas.length > 0) return "computed";
  return computedByOpenfisca(variable.name) ? "not_computed" : "input";
}

/** A predicate over the system's variable names: true for those Zéro does not compute yet. */
export function notComputedByZero(system: TaxBenefitSystem): (name: string) => boolean {
  const names = new Set<string>();
  for (const v of system.variables) if (zeroStatus(v) === "not_computed") names.add(v.name);
  return (name) => names.has(name);
}
