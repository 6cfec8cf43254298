// The nearest change that opens a right or raises it: for each input a person can change
// (resources, rent…), the situation is repeated along that input (OpenFisca's axes) and
// computed as one vectorised simulation, then once more on a narrower grid around the
// threshold found. The best candidate is the smallest relative change.
import { expandAxes } from "./axes.ts";
import { EngineError } from "./errors.ts";
import { parsePeriod } from "./period.ts";
import { simulationFromSituation } from "./situation.ts";
import type { TaxBenefitSystem } from "./system.ts";
import type { DefinitionPeriod } from "./variable.ts";

/** An input a person can change, and the range searched. */
export interface ChangeableInput {
  readonly variable: string;
  /** Singular or plural key. */
  readonly entity: string;
  readonly id: string;
  /** The periods it takes the searched value for (e.g. the three months before a monthly benefit), together. */
  readonly periods: readonly string[];
  readonly min: number;
  readonly max: number;
}

export interface NearestChangeOptions {
  readonly variable: string;
  readonly period: string;
  /** The instance whose amount is raised (default: the variable's entity, its first instance). */
  readonly entity?: string;
  readonly id?: string;
  readonly inputs: readonly ChangeableInput[];
  /** Points of the first grid, from min to max (default 101). */
  readonly points?: number;
  /** Points of the second grid, between the last point that does not open the right and the first that does (default 41). */
  readonly refinePoints?: number;
  /** The step below which the search stops, in the input's unit (default 1: a euro); `to` is a multiple of it. */
  readonly resolution?: number;
  /** How much more is "raised", when the amount is not 0 (default 1). */
  readonly minGain?: number;
}

export interface NearestChange {
  readonly input: ChangeableInput & {
    readonly label: string;
    readonly definitionPeriod: DefinitionPeriod;
    readonly unit: string | undefined;
  };
  /** The input's present value (the mean over its periods). */
  readonly from: number;
  /** The nearest value that opens or raises the right (to the resolution). */
  readonly to: number;
  /** The grid value next to `to` on the side of `from`: it does not (the threshold lies between). */
  readonly beyond: number;
  /** The amount now, and at `to`. */
  readonly amount: number;
  readonly newAmount: number;
  /** |to − from| / |from| (or / (max − min) when from is 0). */
  readonly relativeChange: number;
  /** The other candidates that open or raise the right, best first. */
  readonly alternatives: readonly Omit<NearestChange, "alternatives">[];
}

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/** Singular group keys (`famille: {…}`) → plural with one instance named after the key; flat situations are refused. */
function fullForm(system: TaxBenefitSystem, situation: unknown): Json {
  if (!isRecord(situation)) throw new EngineError("nearest_change", "a situation must be a mapping");
  const entities = system.entities;
  if (!isRecord(situation[entities.person.plural])) {
    throw new EngineError("nearest_change", `the search needs the full form (${entities.person.plural} and groups)`);
  }
  if ("axes" in situation) throw new EngineError("nearest_change", "the situation already has axes");
  const out: Json = {};
  for (const [k, v] of Object.entries(situation)) {
    if (entities.keyOfPlural(k)) out[k] = v;
    else if (entities.has(k) && k !== entities.person.key) out[entities.plural(k)] = { [k]: v };
    else out[k] = v; // the engine says what is wrong with it
  }
  return out;
}

function keyOf(system: TaxBenefitSystem, entity: string): string {
  if (system.entities.has(entity)) return entity;
  const key = system.entities.keyOfPlural(entity);
  if (!key) throw new EngineError("nearest_change", `"${entity}" is not an entity of the system`);
  return key;
}

/** Where the explained instance is in copy k of an expanded situation (ids suffixed by their index in the repeated list). */
function locator(system: TaxBenefitSystem, situation: Json, entity: string, id: string): (k: number) => string {
  const explicit = Object.keys(
    isRecord(situation[system.entities.plural(entity)]) ? (situation[system.entities.plural(entity)] as Json) : {},
  );
  const i = explicit.indexOf(id);
  if (i >= 0) return (k) => `${id}${k * explicit.length + i}`;
  // A group the situation does not name: OpenFisca's implicit one, named after its person.
  const persons = Object.keys(situation[system.entities.person.plural] as Json);
  const p = persons.indexOf(id);
  if (p < 0) throw new EngineError("nearest_change", `no ${entity} "${id}" in the situation`);
  return (k) => `${id}${k * persons.length + p}`;
}

interface Grid {
  readonly xs: number[];
  readonly amounts: number[];
}

export function nearestChange(system: TaxBenefitSystem, situation: unknown, options: NearestChangeOptions): NearestChange | undefined {
  const full = fullForm(system, situation);
  const variable = system.variable(options.variable);
  const period = parsePeriod(options.period).toString();
  const entity = keyOf(system, options.entity ?? variable.entity);
  if (entity !== variable.entity)
    throw new EngineError("nearest_change", `${variable.name} is defined for ${variable.entity}, not ${entity}`);
  const points = Math.max(3, Math.floor(options.points ?? 101));
  const refinePoints = Math.max(3, Math.floor(options.refinePoints ?? 41));
  const resolution = options.resolution ?? 1;
  if (!(resolution > 0)) throw new EngineError("nearest_change", "resolution must be positive");
  const minGain = options.minGain ?? 1;

  const base = simulationFromSituation(system, full);
  const id = options.id ?? base.ids[entity]?.[0];
  const targetIndex = id === undefined ? -1 : (base.ids[entity]?.indexOf(id) ?? -1);
  if (id === undefined || targetIndex < 0) throw new EngineError("nearest_change", `no ${entity} "${options.id}" in the situation`);
  const amount = Number(base.simulation.calculateOutput(variable.name, period)[targetIndex]);
  const qualifies = (a: number): boolean => (amount > 0 ? a >= amount + minGain : a > 0);
  const target = locator(system, full, entity, id);

  /** The amounts along one input, every period of it taking each value: one simulation. */
  const along = (input: ChangeableInput, min: number, max: number, count: number): Grid => {
    const inputEntity = keyOf(system, input.entity);
    const instances = Object.keys((full[system.entities.plural(inputEntity)] as Json | undefined) ?? {});
    const index = instances.indexOf(input.id);
    if (index < 0) throw new EngineError("nearest_change", `no ${inputEntity} "${input.id}" named in the situation`);
    const axes = [input.periods.map((p) => ({ name: input.variable, count, min, max, period: p, index }))];
    const expanded = expandAxes(system, { ...full, axes });
    const { simulation, ids } = simulationFromSituation(system, expanded);
    const values = simulation.calculateOutput(variable.name, period);
    const position = new Map((ids[entity] ?? []).map((x, i) => [x, i]));
    const xs: number[] = [];
    const amounts: number[] = [];
    for (let k = 0; k < count; k++) {
      xs.push(count === 1 ? min : min + (k * (max - min)) / (count - 1));
      amounts.push(Number(values[position.get(target(k))!]));
    }
    return { xs, amounts };
  };

  const found: Omit<NearestChange, "alternatives">[] = [];
  for (const input of options.inputs) {
    if (input.periods.length === 0 || !(input.max > input.min)) continue;
    const inputVariable = system.variable(input.variable);
    const inputEntity = keyOf(system, input.entity);
    const inputIndex = base.ids[inputEntity]?.indexOf(input.id) ?? -1;
    if (inputIndex < 0) throw new EngineError("nearest_change", `no ${inputEntity} "${input.id}" in the situation`);
    let sum = 0;
    for (const p of input.periods) sum += Number(base.simulation.calculateOutput(input.variable, p)[inputIndex]);
    const from = sum / input.periods.length;

    const coarse = along(input, input.min, input.max, points);
    let best = -1;
    coarse.xs.forEach((x, i) => {
      if (qualifies(coarse.amounts[i]!) && (best < 0 || Math.abs(x - from) < Math.abs(coarse.xs[best]! - from))) best = i;
    });
    if (best < 0) continue;
    const hit = coarse.xs[best]!;
    const direction = hit >= from ? 1 : -1;
    // The last point before it coming from `from` does not qualify (or is `from` itself).
    const neighbour = coarse.xs[best - direction];
    const start = neighbour !== undefined && (neighbour - from) * direction > 0 ? neighbour : from;
    let to = hit;
    let beyond = start;
    let newAmount = coarse.amounts[best]!;
    const gap = Math.abs(hit - start);
    if (gap > resolution) {
      // A grid of multiples of `resolution` from `hit` back towards `start`.
      const step = Math.max(resolution, Math.ceil(gap / (refinePoints - 1) / resolution) * resolution);
      const count = Math.min(refinePoints, Math.floor(gap / step) + 1);
      const end = hit - direction * step * (count - 1);
      const snapped = Math.round(end / resolution) * resolution;
      const [lo, hi] = direction > 0 ? [snapped, hit] : [hit, snapped];
      const fine = along(input, lo, hi, count);
      // The qualifying point nearest `from`, and the point after it towards `from`.
      const order = fine.xs.map((_, i) => i).sort((a, b) => Math.abs(fine.xs[a]! - from) - Math.abs(fine.xs[b]! - from));
      const first = order.find((i) => qualifies(fine.amounts[i]!) && (fine.xs[i]! - from) * direction > 0);
      if (first !== undefined) {
        to = fine.xs[first]!;
        newAmount = fine.amounts[first]!;
        const next = fine.xs[first - direction];
        beyond = next !== undefined && (next - from) * direction >= 0 ? next : start;
      }
    }
    const scale = Math.abs(from) > 0 ? Math.abs(from) : input.max - input.min;
    found.push({
      input: { ...input, label: inputVariable.label, definitionPeriod: inputVariable.definitionPeriod, unit: inputVariable.unit },
      from,
      to,
      beyond,
      amount,
      newAmount,
      relativeChange: Math.abs(to - from) / scale,
    });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.relativeChange - b.relativeChange);
  return { ...found[0]!, alternatives: found.slice(1) };
}
