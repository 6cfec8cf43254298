import type { Vector } from "./vector-types.ts";

/**
 * Counts the bytes of the vectors held in maps of maps (a simulation's inputs, cache and
 * sums), each vector once across every call sharing `seen` (shared constant vectors).
 */
export function vectorBytes(seen: Set<unknown>) {
  return (maps: Map<string, Map<string, Vector | Float64Array>>): number => {
    let total = 0;
    for (const m of maps.values()) {
      for (const v of m.values()) {
        if (seen.has(v)) continue;
        seen.add(v);
        total += Array.isArray(v) ? v.length * 8 : v.byteLength;
      }
    }
    return total;
  };
}
