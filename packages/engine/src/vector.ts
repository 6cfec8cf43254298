// Small whole-vector helpers: each allocates its result once and runs one tight loop.
// Arguments are vectors or numbers (broadcast). For longer expressions, write one loop.

type Operand = ArrayLike<number> | number;

function lengthOf(...xs: Operand[]): number {
  for (const x of xs) if (typeof x !== "number") return x.length;
  return 1;
}

function binary(a: Operand, b: Operand, f: (x: number, y: number) => number): Float64Array {
  const n = lengthOf(a, b);
  const out = new Float64Array(n);
  if (typeof a === "number") {
    if (typeof b === "number") out.fill(f(a, b));
    else for (let i = 0; i < n; i++) out[i] = f(a, b[i]!);
  } else if (typeof b === "number") for (let i = 0; i < n; i++) out[i] = f(a[i]!, b);
  else for (let i = 0; i < n; i++) out[i] = f(a[i]!, b[i]!);
  return out;
}

function compare(a: Operand, b: Operand, f: (x: number, y: number) => boolean): Uint8Array {
  const n = lengthOf(a, b);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = f(typeof a === "number" ? a : a[i]!, typeof b === "number" ? b : b[i]!) ? 1 : 0;
  }
  return out;
}

export const zeros = (n: number): Float64Array => new Float64Array(n);
export const full = (n: number, x: number): Float64Array => new Float64Array(n).fill(x);

export const add = (a: Operand, b: Operand): Float64Array => binary(a, b, (x, y) => x + y);
export const sub = (a: Operand, b: Operand): Float64Array => binary(a, b, (x, y) => x - y);
export const mul = (a: Operand, b: Operand): Float64Array => binary(a, b, (x, y) => x * y);
/** Division that gives 0 where the divisor is 0 (the usual guard in benefit formulas). */
export const div = (a: Operand, b: Operand): Float64Array => binary(a, b, (x, y) => (y === 0 ? 0 : x / y));
export const maximum = (a: Operand, b: Operand): Float64Array => binary(a, b, (x, y) => (x > y ? x : y));
export const minimum = (a: Operand, b: Operand): Float64Array => binary(a, b, (x, y) => (x < y ? x : y));

export const gt = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x > y);
export const ge = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x >= y);
export const lt = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x < y);
export const le = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x <= y);
export const eq = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x === y);
export const and = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x !== 0 && y !== 0);
export const or = (a: Operand, b: Operand): Uint8Array => compare(a, b, (x, y) => x !== 0 || y !== 0);

export function not(a: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < out.length; i++) out[i] = a[i] ? 0 : 1;
  return out;
}

/** numpy.where: a where cond is true, else b. */
export function where(cond: ArrayLike<number>, a: Operand, b: Operand): Float64Array {
  const out = new Float64Array(cond.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = cond[i] ? (typeof a === "number" ? a : a[i]!) : typeof b === "number" ? b : b[i]!;
  }
  return out;
}

/** numpy.select: the choice of the first true condition, else the default. */
export function select(conds: readonly ArrayLike<number>[], choices: readonly Operand[], defaultValue: Operand = 0): Float64Array {
  const n = conds[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = typeof defaultValue === "number" ? defaultValue : defaultValue[i]!;
    for (let k = 0; k < conds.length; k++) {
      if (conds[k]![i]) {
        const c = choices[k]!;
        v = typeof c === "number" ? c : c[i]!;
        break;
      }
    }
    out[i] = v;
  }
  return out;
}

export function clip(v: ArrayLike<number>, lo: number, hi: number): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < out.length; i++) {
    const x = v[i]!;
    out[i] = x < lo ? lo : x > hi ? hi : x;
  }
  return out;
}

/** numpy.round: half to even at the given number of decimals. */
export function roundHalfEven(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  const y = x * f;
  const r = Math.round(y);
  // Math.round goes half up; ties (within float noise) go to the even neighbour.
  const tie = Math.abs(y - Math.trunc(y)) === 0.5;
  return (tie ? (r % 2 === 0 ? r : r - 1) : r) / f;
}

export function round(v: ArrayLike<number>, decimals = 0): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < out.length; i++) out[i] = roundHalfEven(v[i]!, decimals);
  return out;
}

export function floor(v: ArrayLike<number>): Float64Array {
  return Float64Array.from(v, Math.floor);
}

export function ceil(v: ArrayLike<number>): Float64Array {
  return Float64Array.from(v, Math.ceil);
}
