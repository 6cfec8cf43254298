// Allocation and conversion of vectors by value type (internal to the engine).
import { evaluateArithmetic } from "./arithmetic.ts";
import { allocate, type ConstantVectors } from "./constant-vectors.ts";
import { EngineError } from "./errors.ts";
import { parseDateValue } from "./instant.ts";
import type { Variable } from "./variable.ts";
import type { FormulaResult, Vector } from "./vector-types.ts";

export { allocate, ConstantVectors, knownConstant } from "./constant-vectors.ts";

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
    case "date": {
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
      // Any other text as OpenFisca stores it in a boolean array (numpy: true unless empty);
      // Aides simplifiées sends `alternant: "alternance"`.
      if (typeof value === "string") return value === "" ? 0 : 1;
      throw new InputValueError(variable.name, value, "a boolean");
    case "enum": {
      const e = variable.possibleValues!;
      if (typeof value === "string" && e.has(value)) return e.index(value);
      if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < e.names.length) return value;
      throw new InputValueError(variable.name, value, `one of ${e.names.join(", ")}`);
    }
    case "date": {
      const instant = typeof value === "string" || value instanceof Date ? parseDateValue(value) : undefined;
      if (!instant) throw new InputValueError(variable.name, value, "a YYYY-MM-DD (or YYYY-MM, YYYY) date");
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
