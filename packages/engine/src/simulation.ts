// The simulation: cached vectors per (variable, period), formulas run on whole
// populations, OpenFisca's cycle and spiral rules, inputs that override formulas.
import { CycleError, EntityError, PeriodMismatchError } from "./errors.ts";
import type { Instant } from "./instant.ts";
import { recordingView, type ParameterNodeAt } from "./parameters/at-instant.ts";
import { instantOf, Period, parsePeriod, unitWeight } from "./period.ts";
import { createPopulation, type CalculateOption, type Population, type PopulationHost } from "./population.ts";
import { checkPopulation, type GroupStructure, type PopulationInput } from "./population-data.ts";
import { dispatchByPeriod, divideByPeriod, type InputHolder } from "./set-input.ts";
import type { TaxBenefitSystem } from "./system.ts";
import { tracedIndices } from "./traced-indices.ts";
import { vectorBytes } from "./vector-bytes.ts";
import { addTerms } from "./add-terms.ts";
import { Tracer, type TraceNode, type TraceOption } from "./tracer.ts";
import { ConstantVectors, defaultVector, castResult, encodeVector, knownConstant } from "./vector-kinds.ts";
import { formulaAt, type NumericVector, type Variable, type Vector } from "./variable.ts";

export interface SimulationOptions {
  /** OpenFisca's max_spiral_loops (default 1). */
  readonly maxSpiralLoops?: number;
  readonly trace?: TraceOption;
}

export interface MissingInput {
  readonly variable: string;
  readonly period: string;
}

interface Frame {
  readonly variable: string;
  readonly key: string;
  readonly period: Period;
}

const ETERNITY_KEY = "eternity";

export class Simulation implements PopulationHost {
  readonly system: TaxBenefitSystem;
  readonly entities: TaxBenefitSystem["entities"];
  maxSpiralLoops: number;
  readonly #counts: Readonly<Record<string, number>>;
  readonly #ids: Readonly<Record<string, readonly string[]>>;
  readonly #structures: Map<string, GroupStructure>;
  readonly #populations = new Map<string, Population>();
  readonly #inputs = new Map<string, Map<string, Vector>>();
  readonly #cache = new Map<string, Map<string, Vector>>();
  /** calculateAdd results by variable and period key (see calculateAdd). */
  readonly #sums = new Map<string, Map<string, Float64Array>>();
  /** calculateAdd results made only of inputs or defaults of variables without formula (no spiral drops them). */
  readonly #inputSums = new Map<string, Map<string, Float64Array>>();
  readonly #stack: Frame[] = [];
  readonly #invalidated: Frame[] = [];
  // Variables read without formula nor input, in order (a read is computed once, then
  // cached: repeats are rare and dropped when asked; periods printed only when asked).
  readonly #missing: { variable: string; key: string; period: Period }[] = [];
  readonly #tracer: Tracer | undefined;
  /** Defaults and broadcast scalars: one read-only vector per (type, size, value). */
  readonly #constants = new ConstantVectors();

  constructor(system: TaxBenefitSystem, population: PopulationInput, options: SimulationOptions = {}) {
    this.system = system;
    this.entities = system.entities;
    this.#counts = population.counts;
    this.#ids = population.ids ?? {};
    this.#structures = checkPopulation(this.entities, population);
    this.maxSpiralLoops = options.maxSpiralLoops ?? 1;
    if (options.trace) this.#tracer = new Tracer(tracedIndices(options.trace, this.entities, (key) => this.structure(key).group));
  }

  count(entityKey: string): number {
    const n = this.#counts[entityKey];
    if (n === undefined) throw new EntityError(`Unknown entity "${entityKey}"`);
    return n;
  }

  ids(entityKey: string): readonly string[] | undefined {
    return this.#ids[entityKey];
  }

  structure(groupKey: string): GroupStructure {
    const s = this.#structures.get(groupKey);
    if (!s) throw new EntityError(`"${groupKey}" is not a group entity`);
    return s;
  }

  population(entityKey: string): Population {
    let p = this.#populations.get(entityKey);
    if (!p) {
      p = createPopulation(this, entityKey);
      this.#populations.set(entityKey, p);
    }
    return p;
  }

  constantLike<T extends NumericVector>(like: T, n: number, value: number): T {
    const type = like instanceof Float64Array ? "float" : like instanceof Int32Array ? "int" : "bool";
    return this.#constants.get(type, n, value) as T;
  }

  /** Variables read without formula nor input, with the period they were read for. */
  missingInputs(): MissingInput[] {
    const seen = new Set<string>();
    const out: MissingInput[] = [];
    for (const m of this.#missing) {
      const id = `${m.variable}@${m.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ variable: m.variable, period: m.period.toString() });
    }
    return out;
  }

  /** Drops computed values (inputs stay): bounds memory between batches of outputs. */
  clearCache(): void {
    this.#cache.clear();
    this.#sums.clear();
    this.#inputSums.clear();
  }

  /** Bytes held by inputs and computed vectors (shared vectors counted once). */
  memoryUsage(): { inputBytes: number; cacheBytes: number } {
    const bytes = vectorBytes(new Set());
    return { inputBytes: bytes(this.#inputs), cacheBytes: bytes(this.#cache) + bytes(this.#sums) + bytes(this.#inputSums) };
  }

  /** The computation tree (only with the `trace` option). */
  trace(): readonly TraceNode[] {
    return this.#tracer?.roots ?? [];
  }

  /** The value given as input for the period, computing nothing (OpenFisca's `holder.get_array`). */
  inputFor(entityKey: string, name: string, periodLike: Period | string): Vector | undefined {
    const variable = this.#variableOf(entityKey, name);
    return this.#inputs.get(name)?.get(this.#storageKey(variable, parsePeriod(periodLike)));
  }

  #variableOf(entityKey: string, name: string): Variable {
    const variable = this.system.variable(name);
    if (variable.entity !== entityKey) {
      throw new EntityError(`Variable ${name} is defined for ${variable.entity}, not for ${entityKey}`);
    }
    return variable;
  }

  calculateFor(entityKey: string, name: string, period: Period | string, option?: CalculateOption): Vector {
    const variable = this.#variableOf(entityKey, name);
    if (option === "add") return this.calculateAdd(name, period);
    if (option === "divide") return this.calculateDivide(name, period);
    return this.#calculate(variable, parsePeriod(period));
  }

  /** The variable for the period (OpenFisca's `calculate`). */
  calculate(name: string, periodLike: Period | string): Vector {
    return this.#calculate(this.system.variable(name), parsePeriod(periodLike));
  }

  #calculate(variable: Variable, period: Period): Vector {
    const name = variable.name;
    const key = this.#storageKey(variable, period);
    const tracer = this.#tracer;
    tracer?.start(variable, period.toString());
    const known = this.#inputs.get(name)?.get(key);
    if (known) {
      tracer?.end(variable, known, "input");
      return known;
    }
    const cached = this.#cache.get(name)?.get(key);
    if (cached) {
      tracer?.end(variable, cached, "cache");
      return cached;
    }
    const n = this.count(variable.entity);
    let spiral: boolean;
    try {
      spiral = this.#isSpiral(name, key, period);
    } catch (error) {
      tracer?.abort();
      throw error;
    }
    if (spiral) {
      const v = defaultVector(variable, n, this.#constants);
      tracer?.end(variable, v, "spiral");
      return v;
    }
    this.#stack.push({ variable: name, key, period });
    let source: "formula" | "default" = "formula";
    let result: Vector;
    try {
      const formula = formulaAt(variable, period.start.key);
      if (formula) {
        result = castResult(variable, formula.fn(this.#context(variable, period)), n, this.#constants);
      } else {
        source = "default";
        if (variable.formulas.length === 0) this.#missing.push({ variable: name, key, period });
        result = defaultVector(variable, n, this.#constants);
      }
    } catch (error) {
      tracer?.abort();
      throw error;
    } finally {
      this.#stack.pop();
    }
    this.#cacheFor(name).set(key, result);
    tracer?.end(variable, result, source);
    if (this.#stack.length === 0) {
      // As OpenFisca: values computed inside a spiral are dropped once the outer calculation ends.
      this.#purgeInvalidated();
      // Shared constant vectors must still hold their value (nobody writes to a vector read).
      this.#constants.check();
    }
    return result;
  }

  /** Sum over the sub-periods (OpenFisca's ADD option). */
  calculateAdd(name: string, periodLike: Period | string): Float64Array {
    const variable = this.system.variable(name);
    const period = parsePeriod(periodLike);
    const unit = variable.definitionPeriod;
    if (unit === "eternity") throw new PeriodMismatchError(name, period.toString(), "an eternal variable cannot be summed over time");
    if (period.unitWeight < unitWeight(unit)) {
      throw new PeriodMismatchError(name, period.toString(), `it is defined by ${unit}; use "divide"`);
    }
    // Formulas ask for the same sums again and again (a year of taxable income, N-2):
    // the sum is kept (a private copy; callers get their own) until an input of the
    // variable changes, the cache is cleared or a spiral drops values.
    const cacheable = this.#tracer === undefined;
    const kept = cacheable ? (this.#inputSums.get(name)?.get(period.key) ?? this.#sums.get(name)?.get(period.key)) : undefined;
    if (kept) return kept.slice();
    const out = new Float64Array(this.count(variable.entity));
    const terms: ArrayLike<number>[] = [];
    const inputs = this.#inputs.get(name);
    const noFormula = variable.formulas.length === 0;
    let fromInputs = true;
    for (const sub of period.subperiods(unit)) {
      const v = this.#calculate(variable, sub) as ArrayLike<number>;
      if (fromInputs && inputs?.get(sub.key) !== v && !(noFormula && knownConstant(v) !== undefined)) fromInputs = false;
      if (knownConstant(v) !== 0) terms.push(v); // adding +0 changes nothing
    }
    // Each entity's terms are added in sub-period order, as one pass per term would.
    if (terms.length > 0 && terms.every((t) => t === terms[0])) {
      // The same vector every sub-period (an input given for each month): read it once.
      const v = terms[0]!;
      const m = terms.length;
      for (let i = 0; i < out.length; i++) {
        const x = v[i]!;
        let sum = 0;
        for (let k = 0; k < m; k++) sum += x;
        out[i] = sum;
      }
    } else addTerms(out, terms);
    if (cacheable && (fromInputs || this.#invalidated.length === 0)) {
      const store = fromInputs ? this.#inputSums : this.#sums;
      let sums = store.get(name);
      if (!sums) store.set(name, (sums = new Map()));
      sums.set(period.key, out.slice());
    }
    return out;
  }

  /** A yearly variable for one month: its year value / 12 (OpenFisca's DIVIDE option). */
  calculateDivide(name: string, periodLike: Period | string): Float64Array {
    const variable = this.system.variable(name);
    const period = parsePeriod(periodLike);
    if (variable.definitionPeriod === "year" && period.unit === "month" && period.size === 1) {
      const year = this.calculate(name, period.thisYear) as ArrayLike<number>;
      return Float64Array.from(year, (x) => x / 12);
    }
    if (variable.definitionPeriod === period.unit && period.size === 1) {
      return Float64Array.from(this.calculate(name, period) as ArrayLike<number>);
    }
    throw new PeriodMismatchError(name, period.toString(), "divide reads a yearly variable for one month");
  }

  /** What an API or a test asks: honours the variable's `calculateOutput`. */
  calculateOutput(name: string, periodLike: Period | string): Vector {
    const variable = this.system.variable(name);
    if (variable.calculateOutput === "add") return this.calculateAdd(name, periodLike);
    if (variable.calculateOutput === "divide") return this.calculateDivide(name, periodLike);
    return this.calculate(name, periodLike);
  }

  /**
   * Sets a variable for a period; it wins over the formula for that period.
   * A longer period is spread by the variable's setInputPolicy (else it is an error, as in OpenFisca).
   */
  setInput(name: string, periodLike: Period | string, values: unknown): void {
    const variable = this.system.variable(name);
    const period = parsePeriod(periodLike);
    const vector = encodeVector(variable, values, this.count(variable.entity));
    if (variable.definitionPeriod === "eternity") {
      this.#store(variable, ETERNITY_KEY, vector);
      return;
    }
    if (period.unit === "eternity") {
      throw new PeriodMismatchError(name, "ETERNITY", `it is defined by ${variable.definitionPeriod}`);
    }
    if (period.unit === variable.definitionPeriod && period.size === 1) {
      this.#store(variable, period.key, vector);
      return;
    }
    if (!variable.setInputPolicy) {
      throw new PeriodMismatchError(
        name,
        period.toString(),
        `it is defined by ${variable.definitionPeriod} and has no setInputPolicy to spread a value given for ${period.toString()}`,
      );
    }
    const holder: InputHolder = {
      variable,
      existing: (p) => this.#inputs.get(name)?.get(p.key) ?? this.#cache.get(name)?.get(p.key),
      store: (p, v) => this.#store(variable, p.key, v),
    };
    if (variable.setInputPolicy === "dispatchByPeriod") dispatchByPeriod(holder, period, vector);
    else divideByPeriod(holder, period, vector);
  }

  #store(variable: Variable, key: string, vector: Vector): void {
    let m = this.#inputs.get(variable.name);
    if (!m) this.#inputs.set(variable.name, (m = new Map()));
    m.set(key, vector);
    this.#cache.get(variable.name)?.delete(key);
    this.#sums.delete(variable.name);
    this.#inputSums.delete(variable.name);
  }

  #storageKey(variable: Variable, period: Period): string {
    const unit = variable.definitionPeriod;
    if (unit === "eternity") return ETERNITY_KEY;
    if (period.unit !== unit) {
      const hint = period.unitWeight > new Period(unit, period.start).unitWeight ? ' (use the "add" option)' : "";
      throw new PeriodMismatchError(variable.name, period.toString(), `it is defined by ${unit}${hint}`);
    }
    if (period.size !== 1) {
      throw new PeriodMismatchError(variable.name, period.toString(), `it is computed for one ${unit} at a time (use the "add" option)`);
    }
    return period.key;
  }

  #cacheFor(name: string): Map<string, Vector> {
    let m = this.#cache.get(name);
    if (!m) this.#cache.set(name, (m = new Map()));
    return m;
  }

  /**
   * OpenFisca's _check_for_cycle: the same variable and period in progress is a circular
   * definition; the same variable at other periods more than maxSpiralLoops times is a
   * spiral, whose frames are computed with the default and dropped from the cache afterwards.
   */
  #isSpiral(name: string, key: string, period: Period): boolean {
    let previous = 0;
    for (const frame of this.#stack) {
      if (frame.variable !== name) continue;
      if (frame.key === key) {
        throw new CycleError(
          name,
          period.toString(),
          this.#stack.map((f) => `${f.variable}@${f.period.toString()}`),
        );
      }
      previous++;
    }
    if (previous < this.maxSpiralLoops) return false;
    let seen = 1;
    for (let i = this.#stack.length - 1; i >= 0; i--) {
      const frame = this.#stack[i]!;
      this.#invalidated.push(frame);
      if (frame.variable === name && ++seen > this.maxSpiralLoops) break;
    }
    return true;
  }

  #purgeInvalidated(): void {
    if (this.#invalidated.length === 0) return;
    for (const frame of this.#invalidated) {
      this.#cache.get(frame.variable)?.delete(frame.key);
      // A kept sum reads only its own variable's values: the others still hold.
      this.#sums.delete(frame.variable);
    }
    this.#invalidated.length = 0;
  }

  #context(variable: Variable, period: Period): Record<string, unknown> {
    const tracer = this.#tracer;
    const parameters = (at: Period | Instant | string): ParameterNodeAt => {
      const instant = instantOf(at);
      const view = this.system.parametersAt(instant);
      return tracer ? recordingView(view, (path, value) => tracer.parameter(path, value, instant.toString())) : view;
    };
    return { period, parameters, [variable.entity]: this.population(variable.entity) };
  }
}
