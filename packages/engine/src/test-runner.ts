// Runs one parsed OpenFisca YAML test case against a system (the pure part of `openfisca test`).
import { evaluateArithmetic } from "./arithmetic.ts";
import { EngineError, UnknownVariableError } from "./errors.ts";
import { parseDateValue } from "./instant.ts";
import { readableValue } from "./readable.ts";
import type { Simulation } from "./simulation.ts";
import { simulationFromSituation } from "./situation.ts";
import type { TaxBenefitSystem } from "./system.ts";
import type { Variable } from "./variable.ts";

export interface TestCase {
  readonly name?: string;
  readonly description?: string;
  readonly keywords?: readonly string[];
  readonly period?: string | number;
  readonly absolute_error_margin?: number | string | Readonly<Record<string, number | string>>;
  readonly relative_error_margin?: number | string | Readonly<Record<string, number | string>>;
  readonly max_spiral_loops?: number;
  readonly input?: unknown;
  readonly output?: unknown;
}

export interface AssertionResult {
  readonly variable: string;
  readonly period: string;
  /** Entity key and id when the output named an instance (full form) or a list position. */
  readonly entity?: string;
  readonly id?: string;
  readonly expected: unknown;
  readonly computed: unknown;
  readonly passed: boolean;
  readonly reason?: string;
}

export interface TestCaseOptions {
  /**
   * Variables the system declares without computing them (inputs there, computed by the
   * reference model): an assertion on one fails unless the case gives it as an input, so a
   * default never passes for a computed value.
   */
  readonly notComputed?: (variable: string) => boolean;
}

export interface TestCaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** Set when the case could not run at all (unknown input variable, bad situation). */
  readonly error?: string;
  readonly assertions: AssertionResult[];
}

/**
 * OpenFisca stores floats as float32 and compares float32(expected) with float32(computed),
 * with a default absolute margin of 0. We compute in float64, so we round both to float32
 * and also accept a difference of a few float32 ulps (2.4e-7 relative): the drift between
 * OpenFisca's float32 arithmetic and ours. Explicit margins apply on top, as OpenFisca.
 */
const FLOAT32_RELATIVE_TOLERANCE = 2 ** -22;

type Margin = TestCase["absolute_error_margin"];

function marginFor(margin: Margin, variable: string): number | undefined {
  if (margin === undefined || margin === null) return undefined;
  if (typeof margin === "number" || typeof margin === "string") return Number(margin);
  const v = margin[variable] ?? margin.default;
  return v === undefined ? undefined : Number(v);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Date);
}

interface Check {
  readonly variable: string;
  readonly period: string;
  readonly expected: unknown;
  readonly entity?: string;
  readonly id?: string;
  readonly index?: number;
}

class CaseRunner {
  readonly results: AssertionResult[] = [];
  readonly #system: TaxBenefitSystem;
  readonly #simulation: Simulation;
  readonly #test: TestCase;
  readonly #ids: Record<string, string[]>;
  readonly #notComputed: ((variable: string) => boolean) | undefined;
  #given: Set<string> | undefined;

  constructor(system: TaxBenefitSystem, simulation: Simulation, test: TestCase, ids: Record<string, string[]>, options: TestCaseOptions) {
    this.#system = system;
    this.#simulation = simulation;
    this.#test = test;
    this.#ids = ids;
    this.#notComputed = options.notComputed;
  }

  /** Whether the case's input names the variable (at any depth: flat, short or full form). */
  #isGiven(name: string): boolean {
    if (!this.#given) {
      const given = new Set<string>();
      const visit = (node: unknown): void => {
        if (!isRecord(node)) return;
        for (const [key, value] of Object.entries(node)) {
          if (this.#system.hasVariable(key)) given.add(key);
          else visit(value);
        }
      };
      visit(this.#test.input);
      this.#given = given;
    }
    return this.#given.has(name);
  }

  checkOutput(output: Record<string, unknown>, period: string): void {
    const entities = this.#system.entities;
    for (const [key, expected] of Object.entries(output)) {
      if (this.#system.hasVariable(key)) this.#checkVariable({ variable: key, period, expected });
      else if (entities.has(key) && isRecord(expected)) {
        for (const [name, value] of Object.entries(expected)) this.#checkVariable({ variable: name, period, expected: value });
      } else if (entities.keyOfPlural(key) && isRecord(expected)) {
        const entity = entities.keyOfPlural(key)!;
        for (const [id, values] of Object.entries(expected)) {
          const index = this.#ids[entity]?.indexOf(id) ?? -1;
          for (const [name, value] of Object.entries(isRecord(values) ? values : {})) {
            if (index < 0) this.#fail({ variable: name, period, expected: value, entity, id }, `unknown ${entity} "${id}"`);
            else this.#checkVariable({ variable: name, period, expected: value, entity, id, index });
          }
        }
      } else this.#fail({ variable: key, period, expected }, `unknown variable ${key}`);
    }
  }

  #fail(check: Check, reason: string, computed: unknown = undefined): void {
    const { variable, period, expected, entity, id } = check;
    this.results.push({ variable, period, expected, computed, passed: false, reason, entity, id });
  }

  #checkVariable(check: Check): void {
    if (isRecord(check.expected)) {
      for (const [period, value] of Object.entries(check.expected)) this.#checkVariable({ ...check, period, expected: value });
      return;
    }
    if (!this.#system.hasVariable(check.variable)) return this.#fail(check, `unknown variable ${check.variable}`);
    const variable = this.#system.variable(check.variable);
    if (this.#notComputed?.(check.variable) && !this.#isGiven(check.variable)) {
      return this.#fail(check, `${check.variable} is not computed by this system (an input here)`);
    }
    let vector;
    try {
      vector = this.#simulation.calculate(check.variable, check.period);
    } catch (error) {
      return this.#fail(check, (error as Error).message);
    }
    const indices = check.index !== undefined ? [check.index] : Array.from({ length: vector.length }, (_, i) => i);
    const expectedList = Array.isArray(check.expected) ? check.expected : undefined;
    if (expectedList && expectedList.length !== indices.length) {
      return this.#fail(check, `${expectedList.length} values expected, ${indices.length} ${variable.entity} computed`);
    }
    indices.forEach((index, k) => {
      const expected: unknown = expectedList ? expectedList[k] : check.expected;
      const computed = readableValue(variable, vector, index);
      const id = check.id ?? (indices.length > 1 ? this.#ids[variable.entity]?.[index] : undefined);
      const one: Check = { ...check, expected, entity: id ? variable.entity : undefined, id };
      const reason = this.#compare(variable, expected, computed);
      if (reason) this.#fail(one, reason, computed);
      else this.results.push({ variable: check.variable, period: check.period, expected, computed, passed: true, entity: one.entity, id });
    });
  }

  /** undefined when equal, else why not. */
  #compare(variable: Variable, expected: unknown, computed: number | boolean | string): string | undefined {
    if (variable.valueType === "enum" || variable.valueType === "str") {
      const ok = typeof expected === "number" ? variable.possibleValues?.names[expected] === computed : String(expected) === computed;
      return ok ? undefined : `expected ${String(expected)}, computed ${String(computed)}`;
    }
    if (variable.valueType === "date") {
      const e = typeof expected === "string" || expected instanceof Date ? parseDateValue(expected)?.toString() : undefined;
      return e === computed ? undefined : `expected ${String(expected)}, computed ${String(computed)}`;
    }
    let e: number | undefined;
    if (typeof expected === "number") e = expected;
    else if (typeof expected === "boolean") e = Number(expected);
    else if (typeof expected === "string") e = evaluateArithmetic(expected);
    if (e === undefined || Number.isNaN(e)) return `cannot read expected value ${JSON.stringify(expected)}`;
    const c = Number(computed);
    const diff = Math.abs(Math.fround(e) - Math.fround(c));
    const drift = FLOAT32_RELATIVE_TOLERANCE * Math.max(Math.abs(e), Math.abs(c));
    const abs = marginFor(this.#test.absolute_error_margin, variable.name);
    const rel = marginFor(this.#test.relative_error_margin, variable.name);
    const absLimit = abs === undefined && rel === undefined ? 0 : abs;
    if (absLimit !== undefined && !(diff <= absLimit + drift)) {
      return `expected ${e}, computed ${c} (absolute margin ${absLimit})`;
    }
    if (rel !== undefined && !(diff <= Math.abs(rel * e) + drift)) {
      return `expected ${e}, computed ${c} (relative margin ${rel})`;
    }
    return undefined;
  }
}

export function runTestCase(system: TaxBenefitSystem, test: TestCase, options: TestCaseOptions = {}): TestCaseResult {
  const name = test.name ?? "(unnamed test)";
  const period = test.period === undefined ? undefined : String(test.period);
  let built;
  try {
    built = simulationFromSituation(system, test.input ?? {}, {
      defaultPeriod: period,
      maxSpiralLoops: test.max_spiral_loops,
    });
  } catch (error) {
    const message = error instanceof UnknownVariableError ? `unknown variable ${error.variable} in input` : (error as Error).message;
    if (!(error instanceof EngineError)) throw error;
    return { name, passed: false, error: message, assertions: [] };
  }
  const runner = new CaseRunner(system, built.simulation, test, built.ids, options);
  if (isRecord(test.output)) {
    if (period === undefined && Object.values(test.output).some((v) => !isRecord(v))) {
      return { name, passed: false, error: "output without period needs the test period", assertions: [] };
    }
    try {
      runner.checkOutput(test.output, period ?? "");
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      return { name, passed: false, error: error.message, assertions: runner.results };
    }
  }
  const passed = runner.results.every((r) => r.passed);
  return { name, passed, assertions: runner.results };
}
