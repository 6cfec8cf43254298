// OpenFisca situations (Web API `/calculate` bodies, YAML test `input`) → a simulation.
// Three forms, as OpenFisca's SimulationBuilder: flat (variables only), short (singular
// group keys) and full (plural keys with ids).
import type { GroupEntity } from "./entities.ts";
import { SituationError, UnknownVariableError } from "./errors.ts";
import { parsePeriod, type Period } from "./period.ts";
import type { Membership } from "./population-data.ts";
import { Simulation, type SimulationOptions } from "./simulation.ts";
import type { TaxBenefitSystem } from "./system.ts";
import { allocate, encodeValue, InputValueError } from "./vector-kinds.ts";

export interface SituationOptions extends SimulationOptions {
  /** Period for scalar values (the YAML test `period`). */
  readonly defaultPeriod?: string;
}

/** A `null` in the situation: a value the caller wants computed. */
export interface RequestedOutput {
  /** Entity key (`famille`) and instance id. */
  readonly entity: string;
  readonly id: string;
  readonly variable: string;
  /** Undefined when the situation gave `null` without a period and there is no default. */
  readonly period: string | undefined;
  /** Where to write the value back in the situation object. */
  readonly path: readonly string[];
}

export interface SituationResult {
  readonly simulation: Simulation;
  readonly requested: RequestedOutput[];
  /** Instance ids by entity key, in index order. */
  readonly ids: Record<string, string[]>;
}

type Json = Record<string, unknown>;

function isRecord(x: unknown): x is Json {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Date);
}

interface Buffered {
  readonly period: Period;
  readonly values: unknown[];
}

class Builder {
  readonly system: TaxBenefitSystem;
  readonly defaultPeriod: string | undefined;
  readonly requested: RequestedOutput[] = [];
  readonly ids: Record<string, string[]> = {};
  readonly memberships: Record<string, Membership> = {};
  /** variable → period string → values by instance index. */
  readonly buffer = new Map<string, Map<string, Buffered>>();
  readonly pending: { entity: string; index: number; id: string; values: Json; path: string[] }[] = [];

  /** Where an instance sits in the caller's object (depends on the form used). */
  readonly pathOf: (plural: string, id: string) => string[];

  constructor(system: TaxBenefitSystem, defaultPeriod: string | undefined, pathOf: (plural: string, id: string) => string[]) {
    this.system = system;
    this.defaultPeriod = defaultPeriod;
    this.pathOf = pathOf;
  }

  addPersons(persons: unknown, pathKey: string): void {
    const personKey = this.system.entities.person.key;
    if (!isRecord(persons) || Object.keys(persons).length === 0) {
      throw new SituationError([pathKey], `No ${pathKey} found: at least one person must be defined`);
    }
    this.ids[personKey] = Object.keys(persons);
    Object.entries(persons).forEach(([id, values], index) => {
      if (values !== null && !isRecord(values)) throw new SituationError([pathKey, id], "expected a mapping of variables");
      this.pending.push({ entity: personKey, index, id, values: values ?? {}, path: this.pathOf(pathKey, id) });
    });
  }

  addGroups(entity: GroupEntity, instances: unknown, pathKey: string): void {
    const persons = this.ids[this.system.entities.person.key]!;
    const personIndex = new Map(persons.map((id, i) => [id, i]));
    const group = new Int32Array(persons.length).fill(-1);
    const role = new Int32Array(persons.length);
    const ids: string[] = [];
    if (instances !== undefined && instances !== null) {
      if (!isRecord(instances)) throw new SituationError([pathKey], "expected a mapping of ids");
      for (const [id, content] of Object.entries(instances)) {
        const index = ids.length;
        ids.push(id);
        if (content !== null && !isRecord(content)) throw new SituationError([pathKey, id], "expected a mapping");
        const variables: Json = {};
        for (const [key, value] of Object.entries(content ?? {})) {
          const declared = entity.findRole(key);
          if (!declared) {
            variables[key] = value;
            continue;
          }
          const members = (Array.isArray(value) ? value : [value]).map(String);
          const max = declared.subroles?.length ?? declared.max;
          if (max !== undefined && members.length > max) {
            throw new SituationError([pathKey, id, key], `at most ${max} ${key} in a ${entity.key}, ${members.length} given`);
          }
          members.forEach((personId, rank) => {
            const p = personIndex.get(personId);
            if (p === undefined) throw new SituationError([pathKey, id, key], `unknown person "${personId}"`);
            if (group[p] !== -1) throw new SituationError([pathKey, id, key], `${personId} is in more than one ${entity.key}`);
            group[p] = index;
            const flatKey = declared.subroles?.[rank] ?? declared.key;
            role[p] = entity.flatRoleIndex(flatKey);
          });
        }
        this.pending.push({ entity: entity.key, index, id, values: variables, path: this.pathOf(pathKey, id) });
      }
    }
    // As OpenFisca: a person in no instance gets a group of their own, with the first role.
    for (let p = 0; p < persons.length; p++) {
      if (group[p] !== -1) continue;
      group[p] = ids.length;
      role[p] = 0;
      ids.push(persons[p]!);
    }
    this.ids[entity.key] = ids;
    this.memberships[entity.key] = { group, role };
  }

  readVariables(): void {
    for (const { entity, index, id, values, path } of this.pending) {
      for (const [name, value] of Object.entries(values)) this.#readVariable(entity, index, id, name, value, [...path, name]);
    }
  }

  #readVariable(entity: string, index: number, id: string, name: string, value: unknown, path: string[]): void {
    if (!this.system.hasVariable(name)) throw new UnknownVariableError(name, path.join("."));
    const variable = this.system.variable(name);
    if (variable.entity !== entity) {
      throw new SituationError(path, `${name} is defined for ${variable.entity}, not for ${entity}`, "wrong_entity");
    }
    if (!isRecord(value) && this.defaultPeriod === undefined) {
      if (value !== null) throw new SituationError(path, "a value without period needs a default period");
      this.requested.push({ entity, id, variable: name, period: undefined, path });
      return;
    }
    const byPeriod: Json = isRecord(value) ? value : { [this.defaultPeriod!]: value };
    for (const [periodText, v] of Object.entries(byPeriod)) {
      let period: Period;
      try {
        period = parsePeriod(periodText);
      } catch (error) {
        throw new SituationError([...path, periodText], (error as Error).message, "period_parse");
      }
      const at = isRecord(value) ? [...path, periodText] : path;
      if (v === null || v === undefined) {
        this.requested.push({ entity, id, variable: name, period: period.toString(), path: at });
        continue;
      }
      try {
        encodeValue(variable, v); // validates early, with the path
      } catch (error) {
        if (error instanceof InputValueError) throw new SituationError(at, error.message, "input_value");
        throw error;
      }
      let periods = this.buffer.get(name);
      if (!periods) this.buffer.set(name, (periods = new Map()));
      const key = period.toString();
      let buffered = periods.get(key);
      if (!buffered) {
        buffered = { period, values: new Array(this.ids[entity]!.length).fill(undefined) };
        periods.set(key, buffered);
      }
      buffered.values[index] = v;
    }
  }

  build(options: SituationOptions): Simulation {
    const counts: Record<string, number> = {};
    for (const [key, ids] of Object.entries(this.ids)) counts[key] = ids.length;
    const simulation = new Simulation(this.system, { counts, memberships: this.memberships, ids: this.ids }, options);
    for (const [name, periods] of this.buffer) {
      const variable = this.system.variable(name);
      // Shorter periods first, so that a year spreads only over the months not given (as OpenFisca).
      const sorted = [...periods.values()].sort((a, b) => a.period.unitWeight - b.period.unitWeight || a.period.size - b.period.size);
      for (const { period, values } of sorted) {
        // As OpenFisca: instances that gave no value for this period get the default as input.
        const vector = allocate(variable.valueType, values.length, variable.defaultValue) as unknown as (number | string)[];
        values.forEach((v, i) => {
          if (v !== undefined) vector[i] = encodeValue(variable, v);
        });
        simulation.setInput(name, period, vector);
      }
    }
    return simulation;
  }
}

/** Number of implicit persons of a flat situation: the length of its lists, else 1. */
function flatCount(situation: Json): number {
  let count: number | undefined;
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (count !== undefined && count !== value.length) {
        throw new SituationError([path], `lists of different lengths (${count} and ${value.length})`);
      }
      count = value.length;
    } else if (isRecord(value)) for (const v of Object.values(value)) visit(v, path);
  };
  for (const [name, value] of Object.entries(situation)) visit(value, name);
  return count ?? 1;
}

function nthValue(value: unknown, i: number): unknown {
  if (Array.isArray(value)) return value[i];
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nthValue(v, i)]));
  return value;
}

/** Turns singular group keys into plural ones with one instance named after the key. */
function explicitSingular(system: TaxBenefitSystem, situation: Json): Json {
  const entities = system.entities;
  const singular = Object.keys(situation).filter((k) => entities.has(k));
  if (singular.length === 0) return situation;
  const out: Json = {};
  for (const [k, v] of Object.entries(situation)) if (entities.keyOfPlural(k)) out[k] = v;
  for (const key of singular) out[entities.plural(key)] = { [key]: situation[key] };
  return out;
}

export function simulationFromSituation(system: TaxBenefitSystem, situation: unknown, options: SituationOptions = {}): SituationResult {
  if (!isRecord(situation)) throw new SituationError([], "a situation must be a mapping");
  const entities = system.entities;
  const explicit = explicitSingular(system, situation);
  const isFull = Object.keys(explicit).some((k) => entities.keyOfPlural(k) !== undefined);
  const pathOf = (plural: string, id: string): string[] => {
    if (!isFull) return [];
    const key = entities.keyOfPlural(plural)!;
    return key in situation && !(plural in situation) ? [key] : [plural, id];
  };
  const builder = new Builder(system, options.defaultPeriod, pathOf);
  const person = entities.person;
  if (isFull) {
    for (const k of Object.keys(explicit)) {
      if (!entities.keyOfPlural(k)) throw new SituationError([k], `"${k}" is not an entity of the system`, "unknown_entity");
    }
    builder.addPersons(explicit[person.plural], person.plural);
    for (const group of entities.groups) builder.addGroups(group, explicit[group.plural], group.plural);
  } else {
    // Flat form: implicit persons, each in an implicit instance of every group. Lists of
    // values give several persons (OpenFisca's build_from_variables), one value each.
    const count = flatCount(situation);
    const ids = count === 1 ? [person.key] : Array.from({ length: count }, (_, i) => String(i));
    const byEntity = new Map<string, Json[]>();
    for (const [name, value] of Object.entries(situation)) {
      if (!system.hasVariable(name)) throw new UnknownVariableError(name, name);
      const e = system.variable(name).entity;
      if (!byEntity.has(e))
        byEntity.set(
          e,
          ids.map(() => ({})),
        );
      byEntity.get(e)!.forEach((values, i) => (values[name] = nthValue(value, i)));
    }
    const valuesOf = (entity: string, i: number): Json => byEntity.get(entity)?.[i] ?? {};
    builder.addPersons(Object.fromEntries(ids.map((id, i) => [id, valuesOf(person.key, i)])), person.plural);
    for (const group of entities.groups) {
      const firstRole = group.roles[0]!;
      const instances = ids.map((id, i) => [
        count === 1 ? group.key : id,
        { [firstRole.plural ?? firstRole.key]: [id], ...valuesOf(group.key, i) },
      ]);
      builder.addGroups(group, Object.fromEntries(instances), group.plural);
    }
  }
  builder.readVariables();
  const simulation = builder.build(options);
  return { simulation, requested: builder.requested, ids: builder.ids };
}
