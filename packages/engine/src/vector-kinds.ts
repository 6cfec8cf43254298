// Allocation and conversion of vectors by value type (internal to the engine).
import { evaluateArithmetic } from "./arithmetic.ts";
import { EngineError } from "./errors.ts";
import { parseInstant } from "./instant.ts";
import type { FormulaResult, Variable, Vector, ValueType } from "./variable.ts";

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

export function defaultVector(variable: Variable, n: number, shared?: ConstantVectors): Vector {
  return shared ? shared.get(variable.valueType, n, variable.defaultValue) : allocate(variable.valueType, n, variable.defaultValue);
}

/** Casts a formula's result to the variable's storage (OpenFisca's _cast_formula_result). */
export function castResult(variable: Variable, result: FormulaResult, n: number, shared?: ConstantVectors): Vector {
  if (typeof result === "number" || typeof result === "boolean") {
    const v = Number(result);
    const fill = variable.valueType === "bool" ? (v ? 1 : 0) : v;
    return shared ? shared.get(variable.valueType, n, fill) : allocate(variable.valueType, n, fill);
  }
  if (result.length !== n) {
    throw new EngineError(
      "formula_result",
      `Formula of ${variable.name} returned ${result.length} values for ${n} ${variable.entity} entities`,
    );
  }
  switch (variable.valueType) {
    case "float":
      return result instanceof Float64Array ? result : Float64Array.from(result as ArrayLike<number>);
    case "int":
    case "enum":
    case "date":
    {
      if (result instanceof Int32Array) return result;
      const src = result as ArrayLike<number>;
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = Math.trunc(src[i]!);
      return out;
    }
    case "bool": {
      if (result instanceof Uint8Array) return result;
      const src = result as ArrayLike<number>;
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = src[i] ? 1 : 0;
      return out;
    }
    case "str":
      return Array.from(result as ArrayLike<unknown>, String);
  }
}

export class InputValueError extends EngineError {
  constructor(variable: string, value: unknown, expected: string) {
    super("input_value", `Invalid value ${JSON.stringify(value)} for ${variable}: expected ${expected}`);
  }
}

/** Converts one input value (situation JSON/YAML) to its stored form. */
export function encodeValue(variable: Variable, value: unknown): number | string {
  switch (variable.valueType) {
    case "float":
    case "int": {
      let v: number | undefined;
      if (typeof value === "number") v = value;
      else if (typeof value === "boolean") v = Number(value);
      else if (typeof value === "string") v = evaluateArithmetic(value);
      if (v === undefined || Number.isNaN(v)) throw new InputValueError(variable.name, value, "a number");
      return variable.valueType === "int" ? Math.trunc(v) : v;
    }
    case "bool":
      if (typeof value === "boolean" || typeof value === "number") return value ? 1 : 0;
      if (value === "true" || value === "True") return 1;
      if (value === "false" || value === "False") return 0;
      throw new InputValueError(variable.name, value, "a boolean");
    case "enum": {
      const e = variable.possibleValues!;
      if (typeof value === "string" && e.has(value)) return e.index(value);
      if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < e.names.length) return value;
      throw new InputValueError(variable.name, value, `one of ${e.names.join(", ")}`);
    }
    case "date": {
      const instant = typeof value === "string" || value instanceof Date ? parseInstant(value) : undefined;
      if (!instant) throw new InputValueError(variable.name, value, "a YYYY-MM-DD date");
      return instant.days;
    }
    case "str":
      if (value === null || value === undefined) throw new InputValueError(variable.name, value, "a string");
      return String(value);
  }
}

/** Builds a vector from caller values: a typed array, a JS array of raw values, or one value. */
export function encodeVector(variable: Variable, values: unknown, n: number): Vector {
  if (ArrayBuffer.isView(values) && !(values instanceof DataView)) {
    return castResult(variable, values as unknown as FormulaResult, n);
  }
  if (Array.isArray(values)) {
    if (values.length !== n) {
      throw new EngineError("input_length", `${values.length} values given for ${variable.name}, ${n} expected`);
    }
    const out = allocate(variable.valueType, n, variable.defaultValue);
    for (let i = 0; i < n; i++) (out as unknown as (number | string)[])[i] = encodeValue(variable, values[i]);
    return out;
  }
  return allocate(variable.valueType, n, encodeValue(variable, values));
}
