import { describe, expect, it } from "vitest";
import {
  DefinitionError,
  Instant,
  add,
  ageInMonths,
  ageInYears,
  allOf,
  anyOf,
  between,
  clip,
  defineEnum,
  defineVariable,
  div,
  eq,
  fromDays,
  ge,
  gt,
  le,
  lt,
  maximum,
  minimum,
  mul,
  not,
  select,
  sub,
  toDays,
  where,
} from "../src/index.ts";

const arr = (v: ArrayLike<number>) => Array.from(v);

describe("vector helpers", () => {
  it("conditions: allOf, anyOf, not and comparisons, on any kind of vector", () => {
    const age = Int32Array.from([17, 18, 30, 70]);
    expect(arr(ge(age, 18))).toEqual([0, 1, 1, 1]);
    expect(arr(lt(age, 65))).toEqual([1, 1, 1, 0]);
    expect(arr(gt(age, Float64Array.from([20, 10, 30, 0])))).toEqual([0, 1, 0, 1]);
    expect(arr(le([1, 2, 3], 2))).toEqual([1, 1, 0]);
    expect(arr(eq(Int32Array.from([0, 2, 1]), 2))).toEqual([0, 1, 0]);
    expect(arr(allOf(ge(age, 18), lt(age, 65), [1, 1, 0, 1]))).toEqual([0, 1, 0, 0]);
    expect(arr(anyOf(lt(age, 18), Float64Array.from([0, 0, 0.5, 0])))).toEqual([1, 0, 1, 0]);
    expect(arr(not(Uint8Array.from([0, 1, 2])))).toEqual([1, 0, 0]);
    expect(allOf([1, 0])).toBeInstanceOf(Uint8Array);
    expect(() => allOf()).toThrow(RangeError);
  });

  it("conditions on long vectors (read four bytes at a time): any non-zero byte is true, results are 0/1", () => {
    // Lengths around the word path's bounds, bytes 0, 1 and others (2, 128, 255), vectors
    // that start off a 4-byte boundary (subarrays): as the entry-by-entry definition.
    let seed = 7;
    const byte = () => [0, 0, 1, 1, 2, 128, 255][(seed = (seed * 1103515245 + 12345) % 2 ** 31) % 7]!;
    for (const n of [127, 128, 129, 130, 131, 1000, 4099]) {
      for (const offset of [0, 1, 4]) {
        const make = () => Uint8Array.from({ length: n + offset }, byte).subarray(offset);
        const [a, b, c, d] = [make(), make(), make(), make()];
        const each = (f: (i: number) => boolean) => Array.from({ length: n }, (_, i) => (f(i) ? 1 : 0));
        expect(arr(allOf(a, b))).toEqual(each((i) => !!(a[i] && b[i])));
        expect(arr(allOf(a, b, c))).toEqual(each((i) => !!(a[i] && b[i] && c[i])));
        expect(arr(allOf(a, b, c, d))).toEqual(each((i) => !!(a[i] && b[i] && c[i] && d[i])));
        expect(arr(allOf(a))).toEqual(each((i) => !!a[i]));
        expect(arr(anyOf(a, b))).toEqual(each((i) => !!(a[i] || b[i])));
        expect(arr(anyOf(a, b, c))).toEqual(each((i) => !!(a[i] || b[i] || c[i])));
        expect(arr(anyOf(a, b, c, d))).toEqual(each((i) => !!(a[i] || b[i] || c[i] || d[i])));
        expect(arr(anyOf(a))).toEqual(each((i) => !!a[i]));
        expect(arr(not(a))).toEqual(each((i) => !a[i]));
        expect(arr(eq(a, 255))).toEqual(each((i) => a[i] === 255));
        expect(arr(gt(a, 1))).toEqual(each((i) => a[i]! > 1));
      }
    }
  });

  it("between: lo <= v < hi, as ge(v, lo) and lt(v, hi)", () => {
    const age = Int32Array.from([2, 3, 19, 20, -1]);
    expect(arr(between(age, 3, 20))).toEqual([0, 1, 1, 0, 0]);
    expect(arr(between(age, 3, 20))).toEqual(arr(allOf(ge(age, 3), lt(age, 20))));
    expect(arr(between(age, 0, Infinity))).toEqual([1, 1, 1, 1, 0]);
    expect(arr(between(Float64Array.from([2.5, 3, NaN, 19.99]), 2.5, 19.99))).toEqual([1, 1, 0, 0]);
    expect(arr(between([1, 2], 2, 2))).toEqual([0, 0]);
  });

  it("where: a vector or a number on either side, 0 by default", () => {
    expect(arr(where([1, 0, 1], [1, 2, 3], 9))).toEqual([1, 9, 3]);
    expect(arr(where(Uint8Array.from([1, 0]), 5))).toEqual([5, 0]);
    expect(arr(where([0, 1], 7, Int32Array.from([3, 4])))).toEqual([3, 7]);
    expect(arr(where([0, 1], [1, 2], [10, 20]))).toEqual([10, 2]);
    const r = where([1, 0], 1, 2);
    expect(r).toBeInstanceOf(Float64Array);
  });

  it("select: the first case that holds, in the order given, else the default", () => {
    const cases = [
      [[0, 1, 0, 0], 10],
      [
        [1, 1, 0, 0],
        [20, 21, 22, 23],
      ],
      [[0, 0, 0, 1], 30],
    ] as const;
    expect(arr(select(cases, -1))).toEqual([20, 10, -1, 30]);
    expect(arr(select(cases))).toEqual([20, 10, 0, 30]);
    expect(arr(select([[[0, 1], 5]], [7, 8]))).toEqual([7, 5]);
  });

  it("arithmetic and bounds keep Math's rules (NaN, -0) and the order of operations", () => {
    expect(arr(maximum([1, 5, -2], 0))).toEqual([1, 5, 0]);
    expect(arr(maximum(0, [-1, 2]))).toEqual([0, 2]);
    expect(Object.is(maximum(0, [-0])[0], 0)).toBe(true); // as Math.max(0, -0)
    expect(arr(minimum([1, 5], [3, 2]))).toEqual([1, 2]);
    expect(Number.isNaN(minimum([NaN], 1)[0])).toBe(true);
    expect(arr(clip([-1, 0.5, 3], 0, 1))).toEqual([0, 0.5, 1]);
    expect(Object.is(clip([-0], 0, 1)[0], 0)).toBe(true);
    expect(arr(add([0.1], 0.2))).toEqual([0.1 + 0.2]);
    expect(arr(add([0.1], [0.2], 0.3, Int32Array.from([1])))).toEqual([0.1 + 0.2 + 0.3 + 1]);
    expect(arr(sub(1, Int32Array.from([3])))).toEqual([-2]);
    expect(arr(mul([0.1, 3], [3, 0.1]))).toEqual([0.1 * 3, 3 * 0.1]);
    expect(arr(div([1, 3], 4))).toEqual([0.25, 0.75]);
    expect(arr(div(1, [0, -0]))).toEqual([Infinity, -Infinity]);
    expect(() => add(1, 2)).toThrow(RangeError);
  });

  it("never writes to its arguments", () => {
    const v = Float64Array.from([-1, 2]);
    const c = Uint8Array.from([1, 0]);
    maximum(v, 0);
    clip(v, 0, 1);
    where(c, v, 0);
    allOf(c, c);
    expect(arr(v)).toEqual([-1, 2]);
    expect(arr(c)).toEqual([1, 0]);
  });
});

describe("dates", () => {
  it("converts and computes ages", () => {
    expect(toDays("2000-02-29")).toBe(11016);
    expect(fromDays(11016)).toBe("2000-02-29");
    const births = Int32Array.from([toDays("2000-02-29"), toDays("1990-06-15"), toDays("2024-01-01")]);
    expect(arr(ageInYears(births, new Instant(2024, 2, 28)))).toEqual([23, 33, 0]);
    expect(arr(ageInYears(births, new Instant(2024, 2, 29)))).toEqual([24, 33, 0]);
    expect(arr(ageInMonths(births, new Instant(2024, 3, 1)))).toEqual([288, 404, 2]);
    expect(() => toDays("2024-02-30")).toThrow(DefinitionError);
  });
});

describe("defineVariable", () => {
  const base = { name: "x", entity: "individu", valueType: "float", definitionPeriod: "month", label: "X" } as const;
  it("requires a legal reference", () => {
    expect(() => defineVariable({ ...base, reference: "" })).toThrow(/legal reference is required/);
    expect(() => defineVariable({ ...base, reference: [] })).toThrow(DefinitionError);
  });
  it("checks formula dates, defaults and enums", () => {
    expect(() => defineVariable({ ...base, reference: "r", formulas: { "2020-13-01": () => 0 } })).toThrow(/2020-13-01/);
    expect(() => defineVariable({ ...base, reference: "r", valueType: "enum" })).toThrow(/possibleValues/);
    const E = defineEnum("E", { a: "A", b: "B" });
    const v = defineVariable({ ...base, reference: "r", valueType: "enum", possibleValues: E, default: "b" });
    expect(v.defaultValue).toBe(1);
    expect(() => defineVariable({ ...base, reference: "r", valueType: "enum", possibleValues: E, default: "c" })).toThrow();
    expect(defineVariable({ ...base, reference: "r", valueType: "date", default: "1970-01-02" }).defaultValue).toBe(1);
    expect(arr(E.isIn(Int32Array.from([0, 1, 1]), ["b"]))).toEqual([0, 1, 1]);
    expect(E.decode([1, 0])).toEqual(["b", "a"]);
  });
});
