import type { TaxBenefitSystem } from "@zero/engine";
import { zeroStatus, type ZeroStatus } from "@zero/legislation-fr";

export type { ZeroStatus } from "@zero/legislation-fr";

const statuses = new WeakMap<TaxBenefitSystem, Map<string, ZeroStatus>>();

/** The status of every variable of the system (decision 0026), worked out once per system. */
export function zeroStatuses(system: TaxBenefitSystem): ReadonlyMap<string, ZeroStatus> {
  let map = statuses.get(system);
  if (!map) {
    map = new Map();
    for (const v of system.variables) map.set(v.name, zeroStatus(v));
    statuses.set(system, map);
  }
  return map;
}
