import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringSet } from "../src/compute/string-set.ts";

describe("StringSet", () => {
  it("answers as a Set<string> would, whatever the strings", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 }))), (values) => {
        const expected = new Set<string>();
        const set = new StringSet();
        for (const v of values) {
          expect(set.has(v)).toBe(expected.has(v));
          expect(set.add(v)).toBe(!expected.has(v));
          expected.add(v);
        }
        expect(set.size).toBe(expected.size);
      }),
    );
  });

  it("holds a hundred thousand household ids, and only them", () => {
    const set = new StringSet();
    for (let i = 0; i < 100_000; i++) expect(set.add(`H${String(i).padStart(7, "0")}`)).toBe(true);
    expect(set.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) expect(set.has(`H${String(i).padStart(7, "0")}`)).toBe(true);
    expect(set.has("H0100000")).toBe(false);
    expect(set.has("")).toBe(false);
    expect(set.add("H0000007")).toBe(false);
  });
});
