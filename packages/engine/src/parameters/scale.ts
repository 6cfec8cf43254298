// Tax scales at one instant, with OpenFisca's calc semantics (numpy code rewritten as loops).

export type ScaleType = "marginal_rate" | "single_amount" | "marginal_amount" | "linear_average_rate";

export interface CalcOptions {
  /** Multiplies every threshold (OpenFisca's `factor`), a number or one per entity. */
  readonly factor?: number | ArrayLike<number>;
}

export class Scale {
  readonly type: ScaleType;
  readonly thresholds: readonly number[];
  readonly rates: readonly number[];
  readonly amounts: readonly number[];

  constructor(type: ScaleType, thresholds: number[], values: { rates?: number[]; amounts?: number[] }) {
    this.type = type;
    this.thresholds = thresholds;
    this.rates = values.rates ?? [];
    this.amounts = values.amounts ?? [];
  }

  calc(base: number, options?: CalcOptions): number;
  calc(base: ArrayLike<number>, options?: CalcOptions): Float64Array;
  calc(base: number | ArrayLike<number>, options: CalcOptions = {}): number | Float64Array {
    if (typeof base === "number") {
      const f = options.factor;
      return this.#one(base, typeof f === "number" ? f : f === undefined ? 1 : (f[0] ?? 1));
    }
    const out = new Float64Array(base.length);
    const f = options.factor;
    for (let i = 0; i < out.length; i++) {
      out[i] = this.#one(base[i]!, f === undefined ? 1 : typeof f === "number" ? f : f[i]!);
    }
    return out;
  }

  /** Index of the bracket each base falls in (last threshold <= base), -1 below the first. */
  bracketIndices(base: ArrayLike<number>): Int32Array {
    const out = new Int32Array(base.length);
    for (let i = 0; i < out.length; i++) out[i] = this.#bracket(base[i]!, 1);
    return out;
  }

  #bracket(x: number, factor: number): number {
    const t = this.thresholds;
    let k = -1;
    for (let j = 0; j < t.length; j++) if (x >= t[j]! * factor) k = j;
    return k;
  }

  #one(x: number, factor: number): number {
    const t = this.thresholds;
    const n = t.length;
    switch (this.type) {
      case "single_amount": {
        const k = this.#bracket(x, factor);
        return k < 0 ? 0 : (this.amounts[k] ?? 0);
      }
      case "marginal_amount": {
        // Sum of the amounts of the brackets strictly entered (numpy: min(base, next) - threshold > 0).
        let s = 0;
        for (let j = 0; j < n; j++) {
          const next = j + 1 < n ? t[j + 1]! * factor : Infinity;
          if (Math.min(x, next) - t[j]! * factor > 0) s += this.amounts[j] ?? 0;
        }
        return s;
      }
      case "linear_average_rate": {
        const r = this.rates;
        if (r.length === 1) return x * r[0]!;
        // Beyond the last threshold OpenFisca's dummy matrix is all zero: the result is 0.
        for (let j = 0; j + 1 < n; j++) {
          if (x >= t[j]! && x < t[j + 1]!) {
            const slope = (r[j + 1]! - r[j]!) / (t[j + 1]! - t[j]!);
            return (r[j]! + (x - t[j]!) * slope) * x;
          }
        }
        return 0;
      }
      default: {
        let s = 0;
        for (let j = 0; j < n; j++) {
          const lo = t[j]! * factor;
          const hi = j + 1 < n ? t[j + 1]! * factor : Infinity;
          const part = Math.min(x, hi) - lo;
          if (part > 0) s += part * (this.rates[j] ?? 0);
        }
        return s;
      }
    }
  }
}
