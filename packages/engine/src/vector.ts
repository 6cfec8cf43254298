// Whole-vector helpers for formulas (decision 0024): each allocates its result once and
// runs its loop inside, so a formula states the rule — a condition, a choice among cases,
// a bound — instead of indexing arrays. A vector argument may be any numeric vector or
// JS array; a number stands for that value everywhere (broadcast).
//
// Speed: `zero compute` runs without inlining by the optimising compiler, so a helper is
// one compiled function shared by every formula. Its loops stay monomorphic because
// inputs are first brought to one array kind (a Float64Array of values, a Uint8Array of
// conditions: a copy only when given another kind), and each loop handles one shape of
// arguments (vector or number) — no per-element callback, no per-element type test.

import {
  and2,
  and3,
  andInto,
  betweenF,
  betweenI,
  Cmp,
  compareIN,
  compareUN,
  compareVN,
  compareVV,
  notU8,
  or2,
  or3,
  orInto,
} from "./condition-kernels.ts";

type Values = ArrayLike<number> | number;

/** The values as a Float64Array: the vector itself when it is one (read only), else a copy. */
function f64(v: ArrayLike<number>): Float64Array {
  // The constructor converts a typed array natively (Float64Array.from goes through its iterator).
  return v instanceof Float64Array ? v : new Float64Array(v);
}

/** The condition as a Uint8Array of 0/1 (or any non-zero): the vector itself when it is one, else a copy. */
function u8(v: ArrayLike<number>): Uint8Array {
  if (v instanceof Uint8Array) return v;
  const out = new Uint8Array(v.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = v[i] ? 1 : 0;
  return out;
}

function lengthOf(xs: readonly Values[]): number {
  for (const x of xs) if (typeof x !== "number") return x.length;
  throw new RangeError("a vector helper needs at least one vector argument");
}

// ---- conditions -------------------------------------------------------------------

/** 1 where every condition holds (the law's "et"): one result, one pass for up to three conditions. */
export function allOf(...conditions: readonly ArrayLike<number>[]): Uint8Array {
  const n = conditions.length;
  if (n === 2) return and2(u8(conditions[0]!), u8(conditions[1]!));
  if (n >= 3) {
    const out = and3(u8(conditions[0]!), u8(conditions[1]!), u8(conditions[2]!));
    for (let k = 3; k < n; k++) andInto(out, u8(conditions[k]!));
    return out;
  }
  const out = new Uint8Array(lengthOf(conditions)).fill(1);
  for (const c of conditions) andInto(out, u8(c));
  return out;
}

/** 1 where at least one condition holds (the law's "ou"). */
export function anyOf(...conditions: readonly ArrayLike<number>[]): Uint8Array {
  const n = conditions.length;
  if (n === 2) return or2(u8(conditions[0]!), u8(conditions[1]!));
  if (n >= 3) {
    const out = or3(u8(conditions[0]!), u8(conditions[1]!), u8(conditions[2]!));
    for (let k = 3; k < n; k++) orInto(out, u8(conditions[k]!));
    return out;
  }
  const out = new Uint8Array(lengthOf(conditions));
  for (const c of conditions) orInto(out, u8(c));
  return out;
}

/** 1 where the condition does not hold. */
export function not(condition: ArrayLike<number>): Uint8Array {
  return notU8(u8(condition));
}

function compare(a: ArrayLike<number>, b: Values, op: Cmp): Uint8Array {
  if (typeof b === "number") {
    if (a instanceof Int32Array) return compareIN(a, b, op);
    return a instanceof Uint8Array ? compareUN(a, b, op) : compareVN(f64(a), b, op);
  }
  return compareVV(f64(a), f64(b), op);
}

/** 1 where a > b. */
export const gt = (a: ArrayLike<number>, b: Values): Uint8Array => compare(a, b, Cmp.Gt);
/** 1 where a >= b ("au moins"). */
export const ge = (a: ArrayLike<number>, b: Values): Uint8Array => compare(a, b, Cmp.Ge);
/** 1 where a < b ("moins de"). */
export const lt = (a: ArrayLike<number>, b: Values): Uint8Array => compare(a, b, Cmp.Lt);
/** 1 where a <= b. */
export const le = (a: ArrayLike<number>, b: Values): Uint8Array => compare(a, b, Cmp.Le);
/** 1 where a === b (an enum item: `eq(statut, Enum.index("x"))`). */
export const eq = (a: ArrayLike<number>, b: Values): Uint8Array => compare(a, b, Cmp.Eq);

/**
 * 1 where lo <= v < hi: "au moins lo et moins de hi" (`between(age, 3, 20)`: from 3 years
 * old to before 20), the two comparisons in one pass.
 */
export function between(v: ArrayLike<number>, lo: number, hi: number): Uint8Array {
  return v instanceof Int32Array ? betweenI(v, lo, hi) : betweenF(f64(v), lo, hi);
}

// ---- choices ----------------------------------------------------------------------

function whereVV(c: Uint8Array, a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(c.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = c[i] ? a[i]! : b[i]!;
  return out;
}
function whereVN(c: Uint8Array, a: Float64Array, b: number): Float64Array {
  const out = new Float64Array(c.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = c[i] ? a[i]! : b;
  return out;
}
function whereNV(c: Uint8Array, a: number, b: Float64Array): Float64Array {
  const out = new Float64Array(c.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = c[i] ? a : b[i]!;
  return out;
}
function whereNN(c: Uint8Array, a: number, b: number): Float64Array {
  const out = new Float64Array(c.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = c[i] ? a : b;
  return out;
}

/** `then` where the condition holds, else `otherwise` (0 unless given): "si …, alors …, sinon …". */
export function where(condition: ArrayLike<number>, then: Values, otherwise: Values = 0): Float64Array {
  const c = u8(condition);
  if (typeof then === "number") return typeof otherwise === "number" ? whereNN(c, then, otherwise) : whereNV(c, then, f64(otherwise));
  return typeof otherwise === "number" ? whereVN(c, f64(then), otherwise) : whereVV(c, f64(then), f64(otherwise));
}

/** Writes `value` into `out` where `c` holds. */
function chooseV(out: Float64Array, c: Uint8Array, value: Float64Array): void {
  const n = out.length;
  for (let i = 0; i < n; i++) if (c[i]) out[i] = value[i]!;
}
function chooseN(out: Float64Array, c: Uint8Array, value: number): void {
  const n = out.length;
  for (let i = 0; i < n; i++) if (c[i]) out[i] = value;
}

/**
 * The value of the first case whose condition holds, else `otherwise` (0 unless given):
 * `select([[enfants3, taux3], [enfants2, taux2]])`, as the law lists its cases.
 */
export function select(cases: readonly (readonly [ArrayLike<number>, Values])[], otherwise: Values = 0): Float64Array {
  const n = lengthOf(cases.map(([c]) => c));
  // The default, then the cases from the last to the first: where several hold, the first one written last.
  const out =
    typeof otherwise === "number"
      ? new Float64Array(n).fill(otherwise)
      : otherwise instanceof Float64Array
        ? otherwise.slice()
        : new Float64Array(otherwise);
  for (let k = cases.length - 1; k >= 0; k--) {
    const [condition, value] = cases[k]!;
    if (typeof value === "number") chooseN(out, u8(condition), value);
    else chooseV(out, u8(condition), f64(value));
  }
  return out;
}

// ---- bounds and arithmetic ----------------------------------------------------------

const Op = { Add: 0, Sub: 1, Mul: 2, Div: 3, Max: 4, Min: 5 } as const;
type Op = (typeof Op)[keyof typeof Op];

function arithmeticVV(a: Float64Array, b: Float64Array, op: Op): Float64Array {
  const out = new Float64Array(a.length);
  const n = out.length;
  switch (op) {
    case Op.Add:
      for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
      break;
    case Op.Sub:
      for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
      break;
    case Op.Mul:
      for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
      break;
    case Op.Div:
      for (let i = 0; i < n; i++) out[i] = a[i]! / b[i]!;
      break;
    case Op.Max:
      for (let i = 0; i < n; i++) out[i] = Math.max(a[i]!, b[i]!);
      break;
    case Op.Min:
      for (let i = 0; i < n; i++) out[i] = Math.min(a[i]!, b[i]!);
      break;
  }
  return out;
}

function arithmeticVN(a: Float64Array, b: number, op: Op): Float64Array {
  const out = new Float64Array(a.length);
  const n = out.length;
  switch (op) {
    case Op.Add:
      for (let i = 0; i < n; i++) out[i] = a[i]! + b;
      break;
    case Op.Sub:
      for (let i = 0; i < n; i++) out[i] = a[i]! - b;
      break;
    case Op.Mul:
      for (let i = 0; i < n; i++) out[i] = a[i]! * b;
      break;
    case Op.Div:
      for (let i = 0; i < n; i++) out[i] = a[i]! / b;
      break;
    case Op.Max:
      for (let i = 0; i < n; i++) out[i] = Math.max(a[i]!, b);
      break;
    case Op.Min:
      for (let i = 0; i < n; i++) out[i] = Math.min(a[i]!, b);
      break;
  }
  return out;
}

function arithmeticNV(a: number, b: Float64Array, op: Op): Float64Array {
  const out = new Float64Array(b.length);
  const n = out.length;
  switch (op) {
    case Op.Add:
      for (let i = 0; i < n; i++) out[i] = a + b[i]!;
      break;
    case Op.Sub:
      for (let i = 0; i < n; i++) out[i] = a - b[i]!;
      break;
    case Op.Mul:
      for (let i = 0; i < n; i++) out[i] = a * b[i]!;
      break;
    case Op.Div:
      for (let i = 0; i < n; i++) out[i] = a / b[i]!;
      break;
    case Op.Max:
      for (let i = 0; i < n; i++) out[i] = Math.max(a, b[i]!);
      break;
    case Op.Min:
      for (let i = 0; i < n; i++) out[i] = Math.min(a, b[i]!);
      break;
  }
  return out;
}

function arithmetic(a: Values, b: Values, op: Op): Float64Array {
  if (typeof a === "number") {
    if (typeof b === "number") throw new RangeError("a vector helper needs at least one vector argument");
    return arithmeticNV(a, f64(b), op);
  }
  return typeof b === "number" ? arithmeticVN(f64(a), b, op) : arithmeticVV(f64(a), f64(b), op);
}

function addInto(out: Float64Array, v: Float64Array): void {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = out[i]! + v[i]!;
}
function addNumberInto(out: Float64Array, x: number): void {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = out[i]! + x;
}

/** a + b (+ c …), entry by entry, added left to right: ((a + b) + c) + …, as a running total. */
export function add(a: Values, b: Values, ...more: readonly Values[]): Float64Array {
  const out = arithmetic(a, b, Op.Add);
  for (const v of more) {
    if (typeof v === "number") addNumberInto(out, v);
    else addInto(out, f64(v));
  }
  return out;
}
/** a − b, entry by entry. */
export const sub = (a: Values, b: Values): Float64Array => arithmetic(a, b, Op.Sub);
/** a × b, entry by entry (a rate times an amount). */
export const mul = (a: Values, b: Values): Float64Array => arithmetic(a, b, Op.Mul);
/** a / b, entry by entry, as JavaScript divides (guard a zero divisor with `where`). */
export const div = (a: Values, b: Values): Float64Array => arithmetic(a, b, Op.Div);
/** The larger of a and b, as Math.max ("au moins …"; `maximum(0, x)`: x if positive, else 0). */
export const maximum = (a: Values, b: Values): Float64Array => arithmetic(a, b, Op.Max);
/** The smaller of a and b, as Math.min ("dans la limite de …"). */
export const minimum = (a: Values, b: Values): Float64Array => arithmetic(a, b, Op.Min);

function clipKernel(v: Float64Array, lo: number, hi: number): Float64Array {
  const out = new Float64Array(v.length);
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = Math.min(hi, Math.max(lo, v[i]!));
  return out;
}

/** v brought within [lo, hi]: Math.min(hi, Math.max(lo, v)) entry by entry. */
export function clip(v: ArrayLike<number>, lo: number, hi: number): Float64Array {
  return clipKernel(f64(v), lo, hi);
}
