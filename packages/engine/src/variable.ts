// Variables are declared as data; formulas are dated functions over whole populations.
import type { Enum } from "./enum.ts";
import { DefinitionError } from "./errors.ts";
import { parseInstant, type Instant } from "./instant.ts";
import type { ParameterNodeAt } from "./parameters/at-instant.ts";
import type { Period } from "./period.ts";
import type { Population } from "./population.ts";
import type { FormulaResult, ValueType } from "./vector-types.ts";

export type { FormulaResult, NumericVector, ValueType, Vector } from "./vector-types.ts";
export type DefinitionPeriod = "month" | "year" | "eternity";
export type SetInputPolicy = "dispatchByPeriod" | "divideByPeriod";
export type CalculateOutput = "add" | "divide";

/**
 * `parameters(period)`: the tree at an instant. `P` is its type: loose by default, the
 * legislation package's generated interface in its formulas (see `defineVariable`).
 */
export type ParametersAccessor<P = ParameterNodeAt> = (at: Period | Instant | string) => P;

export interface FormulaContextBase<P = ParameterNodeAt> {
  readonly period: Period;
  readonly parameters: ParametersAccessor<P>;
}

/** `({ famille, period, parameters })`: the population is given under its entity key. */
export type FormulaContext<E extends string, P = ParameterNodeAt> = FormulaContextBase<P> & { readonly [K in E]: Population };
export type Formula<E extends string, P = ParameterNodeAt> = (context: FormulaContext<E, P>) => FormulaResult;

export interface VariableDefinition<E extends string, P = ParameterNodeAt> {
  readonly name: string;
  readonly entity: E;
  readonly valueType: ValueType;
  readonly definitionPeriod: DefinitionPeriod;
  readonly label: string;
  /** Legal source(s): Légifrance links or titles. Required. */
  readonly reference: string | readonly string[];
  readonly default?: number | boolean | string;
  readonly possibleValues?: Enum;
  readonly setInputPolicy?: SetInputPolicy;
  readonly calculateOutput?: CalculateOutput;
  /** Start date ("YYYY-MM-DD") → formula. */
  readonly formulas?: Readonly<Record<string, Formula<E, P>>>;
  /** Last day the variable exists (OpenFisca's `end`); after it, the default. */
  readonly end?: string;
  readonly unit?: string;
  readonly documentation?: string;
}

// The engine calls formulas with a context built for the variable's entity.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormula = (context: any) => FormulaResult;

export interface DatedFormula {
  readonly start: string;
  readonly key: number;
  readonly fn: AnyFormula;
}

export interface Variable {
  readonly name: string;
  readonly entity: string;
  readonly valueType: ValueType;
  readonly definitionPeriod: DefinitionPeriod;
  readonly label: string;
  readonly reference: readonly string[];
  /** Default as stored in vectors: a number (bool 0/1, enum index, date in days) or a string. */
  readonly defaultValue: number | string;
  readonly possibleValues: Enum | undefined;
  readonly setInputPolicy: SetInputPolicy | undefined;
  readonly calculateOutput: CalculateOutput | undefined;
  /** Sorted by start date. */
  readonly formulas: readonly DatedFormula[];
  readonly endKey: number | undefined;
  readonly unit: string | undefined;
  readonly documentation: string | undefined;
}

function storedDefault(def: VariableDefinition<string>): number | string {
  const d = def.default;
  switch (def.valueType) {
    case "float":
    case "int":
      if (d !== undefined && typeof d !== "number") throw new DefinitionError(`${def.name}: default must be a number`);
      return d ?? 0;
    case "bool":
      if (d !== undefined && typeof d !== "boolean") throw new DefinitionError(`${def.name}: default must be a boolean`);
      return d ? 1 : 0;
    case "enum": {
      const e = def.possibleValues;
      if (!e) throw new DefinitionError(`${def.name}: an enum variable needs possibleValues`);
      if (d === undefined) return 0;
      if (typeof d !== "string" || !e.has(d)) throw new DefinitionError(`${def.name}: default must be an item of ${e.name}`);
      return e.index(d);
    }
    case "date": {
      if (d === undefined) return 0;
      const instant = typeof d === "string" ? parseInstant(d) : undefined;
      if (!instant) throw new DefinitionError(`${def.name}: default must be a "YYYY-MM-DD" date`);
      return instant.days;
    }
    case "str":
      if (d !== undefined && typeof d !== "string") throw new DefinitionError(`${def.name}: default must be a string`);
      return d ?? "";
  }
}

/**
 * A variable from its definition. `P` types what `parameters(…)` returns in its formulas: a
 * legislation package fixes it once (`defineVariable<E, FrenchParameters>` behind its own
 * `defineVariable`), so that a misspelt parameter path fails to compile.
 */
export function defineVariable<const E extends string, P = ParameterNodeAt>(definition: VariableDefinition<E, P>): Variable {
  const def = definition as unknown as VariableDefinition<string>;
  if (!/^[a-z_][a-z0-9_]*$/i.test(def.name)) throw new DefinitionError(`Invalid variable name "${def.name}"`);
  const reference = typeof def.reference === "string" ? [def.reference] : [...def.reference];
  if (reference.length === 0 || reference.some((r) => r.trim() === "")) {
    throw new DefinitionError(`${def.name}: a legal reference is required`);
  }
  if (def.setInputPolicy && def.definitionPeriod === "eternity") {
    throw new DefinitionError(`${def.name}: an eternal variable cannot spread its inputs`);
  }
  const formulas: DatedFormula[] = Object.entries(def.formulas ?? {}).map(([start, fn]) => {
    const instant = parseInstant(start);
    if (!instant) throw new DefinitionError(`${def.name}: formula start "${start}" is not a YYYY-MM-DD date`);
    return { start: instant.toString(), key: instant.key, fn: fn as AnyFormula };
  });
  formulas.sort((a, b) => a.key - b.key);
  let endKey: number | undefined;
  if (def.end !== undefined) {
    const end = parseInstant(def.end);
    if (!end) throw new DefinitionError(`${def.name}: end "${def.end}" is not a YYYY-MM-DD date`);
    endKey = end.key;
  }
  return Object.freeze({
    name: def.name,
    entity: def.entity,
    valueType: def.valueType,
    definitionPeriod: def.definitionPeriod,
    label: def.label,
    reference,
    defaultValue: storedDefault(def),
    possibleValues: def.possibleValues,
    setInputPolicy: def.setInputPolicy,
    calculateOutput: def.calculateOutput,
    formulas,
    endKey,
    unit: def.unit,
    documentation: def.documentation,
  });
}

/** The formula in force at an instant (the latest start <= instant), if any. */
export function formulaAt(variable: Variable, instantKey: number): DatedFormula | undefined {
  if (variable.endKey !== undefined && instantKey > variable.endKey) return undefined;
  const f = variable.formulas;
  for (let i = f.length - 1; i >= 0; i--) if (f[i]!.key <= instantKey) return f[i];
  return undefined;
}
