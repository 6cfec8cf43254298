// The engine's shared read-only constant vectors, and vector allocation by value type
// (internal to the engine). Apart from vector-kinds.ts so that population.ts can ask
// knownConstant() without depending on variables.
import { EngineError } from "./errors.ts";
import type { ValueType, Vector } from "./vector-types.ts";

export function allocate(valueType: ValueType, n: number, fill: number | string): Vector {
  switch (valueType) {
    case "float":
      return fill === 0 ? new Float64Array(n) : new Float64Array(n).fill(fill as number);
    case "int":
    case "enum":
    case "date":
      return fill === 0 ? new Int32Array(n) : new Int32Array(n).fill(fill as number);
    case "bool":
      return fill === 0 ? new Uint8Array(n) : new Uint8Array(n).fill(fill as number);
    case "str":
      return new Array<string>(n).fill(String(fill));
  }
}

// Read-only constant vectors the engine shares (see ConstantVectors), with their value.
const sharedConstants = new WeakMap<object, number | string>();

/**
 * The value of every entry of `vector` when it is one of the engine's shared constant
 * vectors (the default of a variable read without input nor formula, a formula's scalar
 * result), else undefined. O(1): formulas may skip work, e.g. `if (knownConstant(v) === 0) continue`.
 */
export function knownConstant(vector: ArrayLike<unknown>): number | string | undefined {
  return typeof vector === "object" && vector !== null ? sharedConstants.get(vector) : undefined;
}

/**
 * One read-only vector per (type, size, value), shared by every variable whose value is
 * that constant: a batch of n persons reads hundreds of defaults (income sources nobody
 * declared), which would otherwise each allocate and zero n entries. Nobody may write to
 * a vector read from a simulation (API.md); `check()` enforces it for these vectors.
 */
export class ConstantVectors {
  // valueType → size → value → vector (-0 is keyed apart: a Map does not tell it from 0).
  readonly #byType = new Map<ValueType, Map<number, Map<number | string, Vector>>>();
  readonly #all: Vector[] = [];

  get(valueType: ValueType, n: number, fill: number | string): Vector {
    let bySize = this.#byType.get(valueType);
    if (bySize === undefined) this.#byType.set(valueType, (bySize = new Map()));
    let byValue = bySize.get(n);
    if (byValue === undefined) bySize.set(n, (byValue = new Map()));
    const key = Object.is(fill, -0) ? "-0" : fill;
    let v = byValue.get(key);
    if (v === undefined) {
      v = allocate(valueType, n, fill);
      // Arrays can be frozen (a write then throws in strict mode); typed arrays cannot: check() watches them.
      if (Array.isArray(v)) Object.freeze(v);
      // The value as stored (an Int32Array holds 2 for 2.7, 0 for NaN).
      sharedConstants.set(v, Array.isArray(v) || v.length === 0 ? fill : v[0]!);
      byValue.set(key, v);
      this.#all.push(v);
    }
    return v;
  }

  /** Throws if a shared vector was written to (a formula or a caller broke the read-only rule). */
  check(): void {
    for (const v of this.#all) {
      if (Array.isArray(v)) continue;
      const value = sharedConstants.get(v) as number;
      for (let i = 0; i < v.length; i++) {
        if (v[i] !== value && !Object.is(v[i], value)) {
          throw new EngineError(
            "vector_mutated",
            `A vector read from the simulation was modified (a shared ${v.constructor.name} of ${v.length} entries, all ${value}, ` +
              `holds ${v[i]} at index ${i}): formulas and callers must never write to a vector they read; allocate the result`,
          );
        }
      }
    }
  }
}
