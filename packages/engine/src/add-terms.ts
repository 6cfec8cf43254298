// Sums of vectors term after term, in fewer passes over memory.

/**
 * out[i] + t0[i] + t1[i] + … for each i, the additions in term order (so the rounding is
 * that of one pass per term). Float64Array terms go four or two at a time: one pass
 * over `out` instead of four.
 */
export function addTerms(out: Float64Array, terms: readonly ArrayLike<number>[]): void {
  let k = 0;
  while (k < terms.length) {
    const a = terms[k]!;
    const b = terms[k + 1];
    if (a instanceof Float64Array && b instanceof Float64Array) {
      const c = terms[k + 2];
      const d = terms[k + 3];
      if (c instanceof Float64Array && d instanceof Float64Array) {
        add4(out, a, b, c, d);
        k += 4;
      } else {
        add2(out, a, b);
        k += 2;
      }
    } else {
      if (a instanceof Float64Array) add1(out, a);
      else addAny(out, a);
      k++;
    }
  }
}

function add4(out: Float64Array, a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + a[i]! + b[i]! + c[i]! + d[i]!;
}

function add2(out: Float64Array, a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + a[i]! + b[i]!;
}

function add1(out: Float64Array, a: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + a[i]!;
}

function addAny(out: Float64Array, a: ArrayLike<number>): void {
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + a[i]!;
}
