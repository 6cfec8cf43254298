import { describe, expect, it } from "vitest";
import {
  DefinitionError,
  Instant,
  ageInMonths,
  ageInYears,
  clip,
  defineEnum,
  defineVariable,
  div,
  fromDays,
  maximum,
  round,
  roundHalfEven,
  select,
  toDays,
  where,
  and,
  not,
  gt,
} from "../src/index.ts";

const arr = (v: ArrayLike<number>) => Array.from(v);

describe("vector helpers", () => {
  it("where, select, maximum, clip, div", () => {
    expect(arr(where([1, 0, 1], [1, 2, 3], 9))).toEqual([1, 9, 3]);
    expect(
      arr(
        select(
          [
            [0, 1, 0],
            [1, 1, 0],
          ],
          [10, [20, 21, 22]],
          -1,
        ),
      ),
    ).toEqual([20, 10, -1]);
    expect(arr(maximum([1, 5, -2], 0))).toEqual([1, 5, 0]);
    expect(arr(clip([-1, 0.5, 3], 0, 1))).toEqual([0, 0.5, 1]);
    expect(arr(div([1, 2], [0, 4]))).toEqual([0, 0.5]);
    expect(arr(and(gt([1, 2, 3], 1), not([0, 0, 1])))).toEqual([0, 1, 0]);
  });

  it("rounds half to even, as numpy", () => {
    expect(arr(round([0.5, 1.5, 2.5, -2.5, 2.4, 2.6]))).toEqual([0, 2, 2, -2, 2, 3]);
    expect(roundHalfEven(1.005, 2)).toBe(1); // 100.49999... in binary, as numpy
    expect(roundHalfEven(12.345, 1)).toBe(12.3);
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
