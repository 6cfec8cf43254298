// The loops behind the conditions of vector.ts: comparisons, then allOf, anyOf and not.
//
// Comparisons: one loop per operation and argument shape (a Float64Array, an Int32Array
// or a Uint8Array against a number, two Float64Arrays), so that each stays monomorphic.
//
// allOf, anyOf and not combine the conditions of a batch's chunk, a few thousand bytes
// of 0/1 (any non-zero byte counts as 1), four at a time: as the four bytes of a 32-bit
// word (an Int32Array view over the same memory), some three times faster than a test
// per entry (V8 does not vectorise; the batch runs without inlining, so a per-entry
// helper would be a call). The last length % 4 entries, short vectors and a vector that
// does not start on a 4-byte boundary (a subarray) go one entry at a time. Results hold
// 0 or 1.
//
// Within a word, per byte b: ((b & 0x7f) + 0x7f) | b has bit 7 set exactly when b is not
// 0 (the addition carries into bit 7 unless the low seven bits are all 0, and no byte
// carries into the next); `>>> 7 & 0x01010101` brings those bits down to 0/1 per byte.
// The constants are written out in each loop so that the compiler sees them as such.

// ---- comparisons --------------------------------------------------------------------

// Operations by number, so that one kernel per argument shape serves them all.
export const Cmp = { Gt: 0, Ge: 1, Lt: 2, Le: 3, Eq: 4 } as const;
export type Cmp = (typeof Cmp)[keyof typeof Cmp];

export function compareVN(a: Float64Array, x: number, op: Cmp): Uint8Array {
  const out = new Uint8Array(a.length);
  const n = out.length;
  switch (op) {
    case Cmp.Gt:
      for (let i = 0; i < n; i++) out[i] = a[i]! > x ? 1 : 0;
      break;
    case Cmp.Ge:
      for (let i = 0; i < n; i++) out[i] = a[i]! >= x ? 1 : 0;
      break;
    case Cmp.Lt:
      for (let i = 0; i < n; i++) out[i] = a[i]! < x ? 1 : 0;
      break;
    case Cmp.Le:
      for (let i = 0; i < n; i++) out[i] = a[i]! <= x ? 1 : 0;
      break;
    case Cmp.Eq:
      for (let i = 0; i < n; i++) out[i] = a[i]! === x ? 1 : 0;
      break;
  }
  return out;
}

export function compareVV(a: Float64Array, b: Float64Array, op: Cmp): Uint8Array {
  const out = new Uint8Array(a.length);
  const n = out.length;
  switch (op) {
    case Cmp.Gt:
      for (let i = 0; i < n; i++) out[i] = a[i]! > b[i]! ? 1 : 0;
      break;
    case Cmp.Ge:
      for (let i = 0; i < n; i++) out[i] = a[i]! >= b[i]! ? 1 : 0;
      break;
    case Cmp.Lt:
      for (let i = 0; i < n; i++) out[i] = a[i]! < b[i]! ? 1 : 0;
      break;
    case Cmp.Le:
      for (let i = 0; i < n; i++) out[i] = a[i]! <= b[i]! ? 1 : 0;
      break;
    case Cmp.Eq:
      for (let i = 0; i < n; i++) out[i] = a[i]! === b[i]! ? 1 : 0;
      break;
  }
  return out;
}

// Ages, counts and enum items are Int32Array: compared to a number without a copy.
export function compareIN(a: Int32Array, x: number, op: Cmp): Uint8Array {
  const out = new Uint8Array(a.length);
  const n = out.length;
  switch (op) {
    case Cmp.Gt:
      for (let i = 0; i < n; i++) out[i] = a[i]! > x ? 1 : 0;
      break;
    case Cmp.Ge:
      for (let i = 0; i < n; i++) out[i] = a[i]! >= x ? 1 : 0;
      break;
    case Cmp.Lt:
      for (let i = 0; i < n; i++) out[i] = a[i]! < x ? 1 : 0;
      break;
    case Cmp.Le:
      for (let i = 0; i < n; i++) out[i] = a[i]! <= x ? 1 : 0;
      break;
    case Cmp.Eq:
      for (let i = 0; i < n; i++) out[i] = a[i]! === x ? 1 : 0;
      break;
  }
  return out;
}

// Conditions and small categories are Uint8Array: compared to a number without a copy.
export function compareUN(a: Uint8Array, x: number, op: Cmp): Uint8Array {
  const out = new Uint8Array(a.length);
  const n = out.length;
  switch (op) {
    case Cmp.Gt:
      for (let i = 0; i < n; i++) out[i] = a[i]! > x ? 1 : 0;
      break;
    case Cmp.Ge:
      for (let i = 0; i < n; i++) out[i] = a[i]! >= x ? 1 : 0;
      break;
    case Cmp.Lt:
      for (let i = 0; i < n; i++) out[i] = a[i]! < x ? 1 : 0;
      break;
    case Cmp.Le:
      for (let i = 0; i < n; i++) out[i] = a[i]! <= x ? 1 : 0;
      break;
    case Cmp.Eq:
      for (let i = 0; i < n; i++) out[i] = a[i]! === x ? 1 : 0;
      break;
  }
  return out;
}

export function betweenI(a: Int32Array, lo: number, hi: number): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    out[i] = v >= lo && v < hi ? 1 : 0;
  }
  return out;
}
export function betweenF(a: Float64Array, lo: number, hi: number): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    out[i] = v >= lo && v < hi ? 1 : 0;
  }
  return out;
}

// ---- all, any, not ----------------------------------------------------------------

/** Below this many entries, one entry at a time (no views to build; V8 keeps arrays of up to 64 bytes on its heap). */
const WORDS_FROM = 128;

/** The first ⌊n / 4⌋ words of a condition, or undefined when it cannot be read by words. */
function words(c: Uint8Array, n: number): Int32Array | undefined {
  return n >= WORDS_FROM && c.length === n && (c.byteOffset & 3) === 0 ? new Int32Array(c.buffer, c.byteOffset, n >>> 2) : undefined;
}

export function and2(a: Uint8Array, b: Uint8Array): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  const a4 = words(a, n);
  const b4 = a4 && words(b, n);
  let i = 0;
  if (a4 && b4) {
    const o4 = new Int32Array(out.buffer, 0, a4.length);
    for (let k = 0; k < o4.length; k++) {
      const x = a4[k]!;
      const y = b4[k]!;
      o4[k] = (((((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & (((y & 0x7f7f7f7f) + 0x7f7f7f7f) | y)) >>> 7) & 0x01010101;
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = a[i] && b[i] ? 1 : 0;
  return out;
}

export function and3(a: Uint8Array, b: Uint8Array, c: Uint8Array): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  const a4 = words(a, n);
  const b4 = a4 && words(b, n);
  const c4 = b4 && words(c, n);
  let i = 0;
  if (a4 && b4 && c4) {
    const o4 = new Int32Array(out.buffer, 0, a4.length);
    for (let k = 0; k < o4.length; k++) {
      const x = a4[k]!;
      const y = b4[k]!;
      const z = c4[k]!;
      const t = (((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & (((y & 0x7f7f7f7f) + 0x7f7f7f7f) | y) & (((z & 0x7f7f7f7f) + 0x7f7f7f7f) | z);
      o4[k] = (t >>> 7) & 0x01010101;
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = a[i] && b[i] && c[i] ? 1 : 0;
  return out;
}

/** out (0/1 entries) &= c. */
export function andInto(out: Uint8Array, c: Uint8Array): void {
  const n = out.length;
  const o4 = words(out, n);
  const c4 = o4 && words(c, n);
  let i = 0;
  if (o4 && c4) {
    for (let k = 0; k < o4.length; k++) {
      const x = c4[k]!;
      o4[k] = o4[k]! & (((((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) >>> 7) & 0x01010101);
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = out[i]! & (c[i] ? 1 : 0);
}

export function or2(a: Uint8Array, b: Uint8Array): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  const a4 = words(a, n);
  const b4 = a4 && words(b, n);
  let i = 0;
  if (a4 && b4) {
    const o4 = new Int32Array(out.buffer, 0, a4.length);
    for (let k = 0; k < o4.length; k++) {
      // A byte of a | b is not 0 when either is not.
      const t = a4[k]! | b4[k]!;
      o4[k] = ((((t & 0x7f7f7f7f) + 0x7f7f7f7f) | t) >>> 7) & 0x01010101;
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = a[i] || b[i] ? 1 : 0;
  return out;
}

export function or3(a: Uint8Array, b: Uint8Array, c: Uint8Array): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  const a4 = words(a, n);
  const b4 = a4 && words(b, n);
  const c4 = b4 && words(c, n);
  let i = 0;
  if (a4 && b4 && c4) {
    const o4 = new Int32Array(out.buffer, 0, a4.length);
    for (let k = 0; k < o4.length; k++) {
      const t = a4[k]! | b4[k]! | c4[k]!;
      o4[k] = ((((t & 0x7f7f7f7f) + 0x7f7f7f7f) | t) >>> 7) & 0x01010101;
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = a[i] || b[i] || c[i] ? 1 : 0;
  return out;
}

/** out (0/1 entries) |= c. */
export function orInto(out: Uint8Array, c: Uint8Array): void {
  const n = out.length;
  const o4 = words(out, n);
  const c4 = o4 && words(c, n);
  let i = 0;
  if (o4 && c4) {
    for (let k = 0; k < o4.length; k++) {
      const x = c4[k]!;
      o4[k] = o4[k]! | (((((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) >>> 7) & 0x01010101);
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = out[i]! | (c[i] ? 1 : 0);
}

export function notU8(c: Uint8Array): Uint8Array {
  const n = c.length;
  const out = new Uint8Array(n);
  const c4 = words(c, n);
  let i = 0;
  if (c4) {
    const o4 = new Int32Array(out.buffer, 0, c4.length);
    for (let k = 0; k < o4.length; k++) {
      const x = c4[k]!;
      o4[k] = (((((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) >>> 7) & 0x01010101) ^ 0x01010101;
    }
    i = o4.length << 2;
  }
  for (; i < n; i++) out[i] = c[i] ? 0 : 1;
  return out;
}
