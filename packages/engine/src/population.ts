// The object formulas receive for an entity: callable for its variables, with
// OpenFisca's aggregation and projection methods, all as tight loops over typed arrays.
import type { Entities } from "./entities.ts";
import { EngineError, EntityError } from "./errors.ts";
import type { Period } from "./period.ts";
import type { GroupStructure } from "./population-data.ts";
import { knownConstant } from "./constant-vectors.ts";
import type { NumericVector, Vector } from "./vector-types.ts";

export type CalculateOption = "add" | "divide";

export interface Population {
  /** The variable for every entity of this population (the variable must be of this entity). */
  (variable: string, period: Period | string, option?: CalculateOption): NumericVector;
  readonly key: string;
  readonly plural: string;
  readonly count: number;
  readonly isPerson: boolean;
  /** The person population (itself for persons): from a group, reach members' other groups. */
  readonly persons: Population;
  /** A `str` variable. */
  strings(variable: string, period: Period | string): string[];
  /** A numeric variable's value given as input for that period, or undefined: computes nothing (no formula, no spiral). */
  input(variable: string, period: Period | string): NumericVector | undefined;

  // Group populations
  members(variable: string, period: Period | string, option?: CalculateOption): NumericVector;
  sum(personVector: ArrayLike<number>, role?: string): Float64Array;
  any(personVector: ArrayLike<number>, role?: string): Uint8Array;
  all(personVector: ArrayLike<number>, role?: string): Uint8Array;
  max(personVector: ArrayLike<number>, role?: string): Float64Array;
  min(personVector: ArrayLike<number>, role?: string): Float64Array;
  nbPersons(role?: string): Int32Array;
  project<T extends NumericVector>(groupVector: T): T;
  valueFromPerson(personVector: ArrayLike<number>, role: string, rank?: number, defaultValue?: number): Float64Array;
  valueNthPerson(n: number, personVector: ArrayLike<number>, defaultValue?: number): Float64Array;
  valueFromFirstPerson(personVector: ArrayLike<number>): Float64Array;
  memberHasRole(role: string): Uint8Array;
  memberPosition(): Int32Array;

  // The person population
  group(groupKey: string, variable: string, period: Period | string, option?: CalculateOption): NumericVector;
  hasRole(groupKey: string, role: string): Uint8Array;
  groupIndex(groupKey: string): Int32Array;
}

export interface PopulationHost {
  readonly entities: Entities;
  population(entityKey: string): Population;
  count(entityKey: string): number;
  structure(groupKey: string): GroupStructure;
  calculateFor(entityKey: string, variable: string, period: Period | string, option?: CalculateOption): Vector;
  inputFor(entityKey: string, variable: string, period: Period | string): Vector | undefined;
  /** A shared read-only vector of n entries, all `value`, of the same kind as `like`. */
  constantLike<T extends NumericVector>(like: T, n: number, value: number): T;
}

function numeric(v: Vector, variable: string): NumericVector {
  if (Array.isArray(v)) throw new EngineError("str_variable", `${variable} is a str variable: read it with .strings()`);
  return v;
}

// One loop per array kind: a loop reading several kinds runs markedly slower in V8.
function projectF64(groupVector: Float64Array, group: Int32Array): Float64Array {
  const out = new Float64Array(group.length);
  for (let i = 0; i < out.length; i++) out[i] = groupVector[group[i]!]!;
  return out;
}
function projectI32(groupVector: Int32Array, group: Int32Array): Int32Array {
  const out = new Int32Array(group.length);
  for (let i = 0; i < out.length; i++) out[i] = groupVector[group[i]!]!;
  return out;
}
function projectU8(groupVector: Uint8Array, group: Int32Array): Uint8Array {
  const out = new Uint8Array(group.length);
  for (let i = 0; i < out.length; i++) out[i] = groupVector[group[i]!]!;
  return out;
}

function projectVector<T extends NumericVector>(groupVector: T, group: Int32Array): T {
  if (groupVector instanceof Float64Array) return projectF64(groupVector, group) as T;
  if (groupVector instanceof Int32Array) return projectI32(groupVector, group) as T;
  return projectU8(groupVector as Uint8Array, group) as T;
}

function sumF64(v: Float64Array, group: Int32Array, out: Float64Array): void {
  for (let i = 0; i < group.length; i++) {
    const k = group[i]!;
    out[k] = out[k]! + v[i]!;
  }
}
function sumAny(v: ArrayLike<number>, group: Int32Array, out: Float64Array): void {
  for (let i = 0; i < group.length; i++) {
    const k = group[i]!;
    out[k] = out[k]! + v[i]!;
  }
}

function sumRoleF64(v: Float64Array, group: Int32Array, role: Int32Array, m: Uint8Array, out: Float64Array): void {
  for (let i = 0; i < group.length; i++) {
    if (m[role[i]!] !== 1) continue;
    const k = group[i]!;
    out[k] = out[k]! + v[i]!;
  }
}
function sumRoleAny(v: ArrayLike<number>, group: Int32Array, role: Int32Array, m: Uint8Array, out: Float64Array): void {
  for (let i = 0; i < group.length; i++) {
    if (m[role[i]!] !== 1) continue;
    const k = group[i]!;
    out[k] = out[k]! + v[i]!;
  }
}

// valueFromPerson: out[k] = v[member[k]], or the default where the group has no such member.
function pickF64(v: Float64Array, member: Int32Array, defaultValue: number, out: Float64Array): void {
  for (let k = 0; k < out.length; k++) {
    const i = member[k]!;
    out[k] = i >= 0 ? v[i]! : defaultValue;
  }
}
function pickU8(v: Uint8Array, member: Int32Array, defaultValue: number, out: Float64Array): void {
  for (let k = 0; k < out.length; k++) {
    const i = member[k]!;
    out[k] = i >= 0 ? v[i]! : defaultValue;
  }
}
function pickAny(v: ArrayLike<number>, member: Int32Array, defaultValue: number, out: Float64Array): void {
  for (let k = 0; k < out.length; k++) {
    const i = member[k]!;
    out[k] = i >= 0 ? v[i]! : defaultValue;
  }
}

export function createPopulation(host: PopulationHost, key: string): Population {
  const entities = host.entities;
  const isPerson = entities.isPerson(key);
  const count = host.count(key);
  const groupEntity = isPerson ? undefined : entities.group(key);

  const call = (variable: string, period: Period | string, option?: CalculateOption): NumericVector =>
    numeric(host.calculateFor(key, variable, period, option), variable);

  const groupOnly = (method: string): GroupStructure => {
    if (isPerson) throw new EntityError(`${method}() is for group entities, not ${key}`);
    return host.structure(key);
  };
  const personOnly = (method: string): void => {
    if (!isPerson) throw new EntityError(`${method}() is for the person entity, not ${key}`);
  };
  const mask = (role: string | undefined): Uint8Array | undefined => (role === undefined ? undefined : groupEntity!.roleMask(role));

  const population: Omit<Population, "persons"> = Object.assign(call, {
    key,
    plural: entities.plural(key),
    count,
    isPerson,
    input(variable: string, period: Period | string): NumericVector | undefined {
      const v = host.inputFor(key, variable, period);
      return v === undefined ? undefined : numeric(v, variable);
    },
    strings(variable: string, period: Period | string): string[] {
      const v = host.calculateFor(key, variable, period);
      if (!Array.isArray(v)) throw new EngineError("not_str_variable", `${variable} is not a str variable`);
      return v;
    },
    members(variable: string, period: Period | string, option?: CalculateOption): NumericVector {
      groupOnly("members");
      return numeric(host.calculateFor(entities.person.key, variable, period, option), variable);
    },
    sum(v: ArrayLike<number>, role?: string): Float64Array {
      const s = groupOnly("sum");
      const m = mask(role);
      const out = new Float64Array(count);
      const g = s.group;
      if (m === undefined) {
        if (v instanceof Float64Array) sumF64(v, g, out);
        else sumAny(v, g, out);
      } else if (v instanceof Float64Array) sumRoleF64(v, g, s.role, m, out);
      else sumRoleAny(v, g, s.role, m, out);
      return out;
    },
    any(v: ArrayLike<number>, role?: string): Uint8Array {
      const s = groupOnly("any");
      const m = mask(role);
      const out = new Uint8Array(count);
      const g = s.group;
      const r = s.role;
      for (let i = 0; i < g.length; i++) {
        if (m !== undefined && m[r[i]!] === 0) continue;
        if (v[i]) out[g[i]!] = 1;
      }
      return out;
    },
    all(v: ArrayLike<number>, role?: string): Uint8Array {
      const s = groupOnly("all");
      const m = mask(role);
      const out = new Uint8Array(count).fill(1);
      const g = s.group;
      const r = s.role;
      for (let i = 0; i < g.length; i++) {
        if (m !== undefined && m[r[i]!] === 0) continue;
        if (!v[i]) out[g[i]!] = 0;
      }
      return out;
    },
    max(v: ArrayLike<number>, role?: string): Float64Array {
      const s = groupOnly("max");
      const m = mask(role);
      const out = new Float64Array(count).fill(-Infinity);
      const g = s.group;
      const r = s.role;
      for (let i = 0; i < g.length; i++) {
        if (m !== undefined && m[r[i]!] === 0) continue;
        const k = g[i]!;
        const x = v[i]!;
        if (x > out[k]!) out[k] = x;
      }
      return out;
    },
    min(v: ArrayLike<number>, role?: string): Float64Array {
      const s = groupOnly("min");
      const m = mask(role);
      const out = new Float64Array(count).fill(Infinity);
      const g = s.group;
      const r = s.role;
      for (let i = 0; i < g.length; i++) {
        if (m !== undefined && m[r[i]!] === 0) continue;
        const k = g[i]!;
        const x = v[i]!;
        if (x < out[k]!) out[k] = x;
      }
      return out;
    },
    nbPersons(role?: string): Int32Array {
      const s = groupOnly("nbPersons");
      const m = mask(role);
      const out = new Int32Array(count);
      const g = s.group;
      const r = s.role;
      for (let i = 0; i < g.length; i++) {
        if (m !== undefined && m[r[i]!] !== 1) continue;
        const k = g[i]!;
        out[k] = out[k]! + 1;
      }
      return out;
    },
    project<T extends NumericVector>(groupVector: T): T {
      return projectVector(groupVector, groupOnly("project").group);
    },
    valueFromPerson(v: ArrayLike<number>, role: string, rank = 0, defaultValue = 0): Float64Array {
      const s = groupOnly("valueFromPerson");
      const member = s.memberWithRole(role, mask(role)!, rank);
      const out = new Float64Array(count);
      if (v instanceof Float64Array) pickF64(v, member, defaultValue, out);
      else if (v instanceof Uint8Array) pickU8(v, member, defaultValue, out);
      else pickAny(v, member, defaultValue, out);
      return out;
    },
    valueNthPerson(n: number, v: ArrayLike<number>, defaultValue = 0): Float64Array {
      const s = groupOnly("valueNthPerson");
      const out = new Float64Array(count).fill(defaultValue);
      const g = s.group;
      const pos = s.position;
      for (let i = 0; i < g.length; i++) if (pos[i] === n) out[g[i]!] = v[i]!;
      return out;
    },
    valueFromFirstPerson(v: ArrayLike<number>): Float64Array {
      return population.valueNthPerson(0, v);
    },
    memberHasRole(role: string): Uint8Array {
      const s = groupOnly("memberHasRole");
      const m = mask(role)!;
      const out = new Uint8Array(s.role.length);
      for (let i = 0; i < out.length; i++) out[i] = m[s.role[i]!]!;
      return out;
    },
    memberPosition(): Int32Array {
      return groupOnly("memberPosition").position;
    },
    group(groupKey: string, variable: string, period: Period | string, option?: CalculateOption): NumericVector {
      personOnly("group");
      const values = numeric(host.calculateFor(groupKey, variable, period, option), variable);
      // A constant read stays a shared constant (no allocation; still read-only).
      const constant = knownConstant(values);
      if (typeof constant === "number") return host.constantLike(values, count, constant);
      return projectVector(values, host.structure(groupKey).group);
    },
    hasRole(groupKey: string, role: string): Uint8Array {
      personOnly("hasRole");
      const m = entities.group(groupKey).roleMask(role);
      const r = host.structure(groupKey).role;
      const out = new Uint8Array(r.length);
      for (let i = 0; i < out.length; i++) out[i] = m[r[i]!]!;
      return out;
    },
    groupIndex(groupKey: string): Int32Array {
      personOnly("groupIndex");
      return host.structure(groupKey).group;
    },
  });
  // Lazy: the person population may not exist yet while this one is built.
  Object.defineProperty(population, "persons", { get: () => host.population(entities.person.key) });
  return population as Population;
}
