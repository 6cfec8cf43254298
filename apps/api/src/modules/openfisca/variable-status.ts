import type { TaxBenefitSystem } from "@zero/engine";
import { computedByOpenfisca } from "@zero/legislation-fr";

/**
 * What Zéro does with a variable (decision 0026): `computed` (a formula here), `input` (neither
 * Zéro nor OpenFisca computes it: given, or its default), `not_computed` (OpenFisca computes it,
 * Zéro not yet: asked for, it is refused, never answered with a default).
 */
export type ZeroStatus = "computed" | "input" | "not_computed";

const statuses = new WeakMap<TaxBenefitSystem, Map<string, ZeroStatus>>();

/** The status of every variable of the system, worked out once per system. */
export function zeroStatuses(system: TaxBenefitSystem): ReadonlyMap<string, ZeroStatus> {
  let map = statuses.get(system);
  if (!map) {
    map = new Map();
    for (const v of system.variables) {
      map.set(v.name, v.formulas.length > 0 ? "computed" : computedByOpenfisca(v.name) ? "not_computed" : "input");
    }
    statuses.set(system, map);
  }
  return map;
}
