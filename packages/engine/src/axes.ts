// OpenFisca's `axes`: a situation repeated along one or more varying inputs, so that a
// simulator draws a curve (the RSA as the wage rises) in one request. As OpenFisca's
// SimulationBuilder: the outer list holds perpendicular axes (their cells multiply), each
// inner list parallel axes (varying together, over the count of the first); copy k of the
// situation is cell k, its instance ids suffixed by their index in the repeated list
// (`bill` → `bill0`, `bill2`… for two persons), and the axis's instance (`index`, default 0)
// of each copy takes its point of `min`…`max`, evenly spaced.
import { SituationError, UnknownVariableError } from "./errors.ts";
import { parsePeriod } from "./period.ts";
import type { TaxBenefitSystem } from "./system.ts";

export interface Axis {
  readonly name: string;
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly period: string;
  readonly index: number;
}

type Json = Record<string, unknown>;

const isRecord = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

function readAxis(system: TaxBenefitSystem, raw: unknown, path: string[], defaultPeriod: string | undefined): Axis {
  if (!isRecord(raw)) throw new SituationError(path, "an axis is a mapping { name, count, min, max, period }", "axes");
  const { name, count, min, max, period, index } = raw;
  if (typeof name !== "string") throw new SituationError([...path, "name"], "the axis needs the name of a variable", "axes");
  if (!system.hasVariable(name)) throw new UnknownVariableError(name, [...path, "name"].join("."));
  const variable = system.variable(name);
  if (variable.valueType !== "float" && variable.valueType !== "int") {
    throw new SituationError([...path, "name"], `${name} is not numeric: an axis varies a number`, "axes");
  }
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
    throw new SituationError([...path, "count"], "count must be a positive integer", "axes");
  }
  for (const [key, value] of [
    ["min", min],
    ["max", max],
  ] as const) {
    if (typeof value !== "number" || !Number.isFinite(value)) throw new SituationError([...path, key], `${key} must be a number`, "axes");
  }
  const periodText = period ?? defaultPeriod;
  if (typeof periodText !== "string" && typeof periodText !== "number") {
    throw new SituationError([...path, "period"], "the axis needs a period (2025-01, 2025…)", "axes");
  }
  try {
    parsePeriod(String(periodText));
  } catch (error) {
    throw new SituationError([...path, "period"], (error as Error).message, "axes");
  }
  if (index !== undefined && (typeof index !== "number" || !Number.isInteger(index) || index < 0)) {
    throw new SituationError([...path, "index"], "index must be a non-negative integer", "axes");
  }
  return { name, count, min: min as number, max: max as number, period: String(periodText), index: (index as number) ?? 0 };
}

/** The axes of a situation, checked: perpendicular lists of parallel axes. */
export function readAxes(system: TaxBenefitSystem, raw: unknown, defaultPeriod?: string): Axis[][] {
  if (!Array.isArray(raw) || raw.length === 0) throw new SituationError(["axes"], "axes is a non-empty list of lists of axes", "axes");
  return raw.map((parallel, i) => {
    const list = Array.isArray(parallel) ? parallel : [parallel];
    if (list.length === 0) throw new SituationError(["axes", String(i)], "an empty list of parallel axes", "axes");
    const axes = list.map((axis, j) => readAxis(system, axis, ["axes", String(i), String(j)], defaultPeriod));
    const entity = system.variable(axes[0]!.name).entity;
    axes.forEach((axis, j) => {
      if (system.variable(axis.name).entity !== entity) {
        throw new SituationError(["axes", String(i), String(j), "name"], `parallel axes vary variables of one entity (${entity})`, "axes");
      }
    });
    return axes;
  });
}

/** The number of cells (copies of the situation): the product of each dimension's count. */
export function axesCells(axes: readonly (readonly Axis[])[]): number {
  return axes.reduce((cells, parallel) => cells * parallel[0]!.count, 1);
}

/** The coordinates of cell k on each dimension, in the order numpy's meshgrid lays them. */
function coordinates(k: number, counts: readonly number[]): number[] {
  const order = counts.length === 1 ? [0] : [1, 0, ...counts.slice(2).map((_, i) => i + 2)];
  const coords = new Array<number>(counts.length).fill(0);
  let rest = k;
  for (let j = order.length - 1; j >= 0; j--) {
    const d = order[j]!;
    coords[d] = rest % counts[d]!;
    rest = Math.floor(rest / counts[d]!);
  }
  return coords;
}

/** A value's periods that do not overlap the axis's: the axis replaces the others (no conflict). */
function outside(value: unknown, axisPeriod: string): Json {
  if (!isRecord(value)) return {};
  const axis = parsePeriod(axisPeriod);
  const kept: Json = {};
  for (const [key, v] of Object.entries(value)) {
    let period;
    try {
      period = parsePeriod(key);
    } catch {
      kept[key] = v; // the engine says what is wrong with it
      continue;
    }
    const overlaps = period.start.compare(axis.stop) <= 0 && axis.start.compare(period.stop) <= 0;
    if (!overlaps || period.unit === "eternity") kept[key] = v;
  }
  return kept;
}

function pointOf(axis: Axis, step: number, count: number): number {
  return count === 1 ? axis.min : axis.min + (step * (axis.max - axis.min)) / (count - 1);
}

/**
 * A full-form situation with `axes` → the same situation repeated once per cell, without
 * `axes`, ready for `simulationFromSituation`. Values asked (`null`) are asked in every copy.
 */
export function expandAxes(system: TaxBenefitSystem, situation: Json, defaultPeriod?: string): Json {
  const { axes: rawAxes, ...rest } = situation;
  const axes = readAxes(system, rawAxes, defaultPeriod);
  const entities = system.entities;
  const person = entities.person;
  if (!isRecord(rest[person.plural])) {
    throw new SituationError(
      ["axes"],
      `axes need the full form (${person.plural}, ${entities.groups.map((g) => g.plural).join(", ")})`,
      "axes",
    );
  }
  const cells = axesCells(axes);
  const counts = axes.map((parallel) => parallel[0]!.count);
  const personIds = Object.keys(rest[person.plural] as Json);
  const personIndex = new Map(personIds.map((id, i) => [id, i]));
  const newPersonId = (id: string, k: number): string => {
    const i = personIndex.get(id);
    return i === undefined ? id : `${id}${k * personIds.length + i}`; // an unknown person: the engine names it
  };
  const out: Json = {};
  for (const [plural, instances] of Object.entries(rest)) {
    const key = entities.keyOfPlural(plural);
    if (!key || !isRecord(instances)) {
      out[plural] = instances; // the engine says what is wrong with it
      continue;
    }
    const group = key === person.key ? undefined : entities.group(key);
    const entries = Object.entries(instances);
    const copies: Json = {};
    for (let k = 0; k < cells; k++) {
      entries.forEach(([id, content], i) => {
        const copy: Json = {};
        for (const [name, value] of Object.entries(isRecord(content) ? content : {})) {
          const role = group?.findRole(name);
          if (role) copy[name] = Array.isArray(value) ? value.map((p) => newPersonId(String(p), k)) : newPersonId(String(value), k);
          else copy[name] = structuredClone(value);
        }
        copies[`${id}${k * entries.length + i}`] = copy;
      });
    }
    out[plural] = copies;
  }
  for (let k = 0; k < cells; k++) {
    const coords = coordinates(k, counts);
    axes.forEach((parallel, d) => {
      parallel.forEach((axis, j) => {
        const variable = system.variable(axis.name);
        const plural = entities.plural(variable.entity);
        const originals = Object.keys(isRecord(rest[plural]) ? (rest[plural] as Json) : {});
        if (axis.index >= originals.length) {
          const where = ["axes", String(d), String(j), "index"];
          throw new SituationError(where, `index ${axis.index}: there are ${originals.length} ${plural}`, "axes");
        }
        const id = `${originals[axis.index]}${k * originals.length + axis.index}`;
        const instance = (out[plural] as Json)[id] as Json;
        const value = pointOf(axis, coords[d]!, parallel[0]!.count);
        instance[axis.name] = {
          ...outside(instance[axis.name], axis.period),
          [axis.period]: variable.valueType === "int" ? Math.trunc(value) : value,
        };
      });
    });
  }
  return out;
}
