// Sums and counts over the members of a group entity, with a condition on the member,
// in one pass over the persons (decision 0024): "the resources of the parents and of the
// children à charge", "the number of children under 20". Same monomorphic rule as
// vector.ts: inputs brought to one array kind, one loop per argument shape.
import type { Population } from "./population.ts";

function f64(v: ArrayLike<number>): Float64Array {
  return v instanceof Float64Array ? v : new Float64Array(v);
}

function u8(v: ArrayLike<number>): Uint8Array {
  if (v instanceof Uint8Array) return v;
  const out = new Uint8Array(v.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = v[i] ? 1 : 0;
  return out;
}

function sumAll(v: Float64Array, group: Int32Array, out: Float64Array): void {
  const n = group.length;
  for (let i = 0; i < n; i++) {
    const k = group[i]!;
    out[k] = out[k]! + v[i]!;
  }
}

function sumWhere(v: Float64Array, c: Uint8Array, group: Int32Array, out: Float64Array): void {
  const n = group.length;
  for (let i = 0; i < n; i++) {
    if (!c[i]) continue;
    const k = group[i]!;
    out[k] = out[k]! + v[i]!;
  }
}

function countWhere(c: Uint8Array, group: Int32Array, out: Int32Array): void {
  const n = group.length;
  for (let i = 0; i < n; i++) {
    if (!c[i]) continue;
    const k = group[i]!;
    out[k] = out[k]! + 1;
  }
}

/**
 * Per group, the sum of a person vector over its members — only those where `condition`
 * holds when it is given (a person vector of 0/1, e.g. `allOf(parent, aCharge)`).
 * The additions run in person order: the result is that of `group.sum` over the
 * condition's members, to the bit.
 */
export function sumMembers(group: Population, values: ArrayLike<number>, condition?: ArrayLike<number>): Float64Array {
  const g = group.persons.groupIndex(group.key);
  const out = new Float64Array(group.count);
  if (condition === undefined) sumAll(f64(values), g, out);
  else sumWhere(f64(values), u8(condition), g, out);
  return out;
}

/** Per group, the number of its members where `condition` holds (a person vector of 0/1). */
export function countMembers(group: Population, condition: ArrayLike<number>): Int32Array {
  const out = new Int32Array(group.count);
  countWhere(u8(condition), group.persons.groupIndex(group.key), out);
  return out;
}
