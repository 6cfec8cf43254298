import { describe, expect, it } from "vitest";
import { allOf, countMembers, ge, sumMembers } from "../src/index.ts";
import { sixPersons } from "./fixtures.ts";

// famille 0: persons 0 (demandeur), 1 (conjoint), 2 (enfant); famille 1: person 3; famille 2: persons 4, 5 (enfant).
describe("sums and counts over the members of a group", () => {
  const famille = sixPersons().population("famille");
  const values = Float64Array.from([100, 50.5, 7, 1000, 0.1, 0.2]);

  it("sums a person vector per group, as group.sum does to the bit", () => {
    expect(Array.from(sumMembers(famille, values))).toEqual(Array.from(famille.sum(values)));
    expect(Array.from(sumMembers(famille, values))).toEqual([157.5, 1000, 0.1 + 0.2]);
    expect(Array.from(sumMembers(famille, Int32Array.from([1, 2, 3, 4, 5, 6])))).toEqual([6, 4, 11]);
  });

  it("counts only the members where the condition holds", () => {
    const parent = famille.memberHasRole("parent");
    expect(Array.from(sumMembers(famille, values, parent))).toEqual([150.5, 1000, 0.1]);
    expect(Array.from(sumMembers(famille, values, parent))).toEqual(Array.from(famille.sum(values, "parent")));
    const grand = ge(values, 50);
    expect(Array.from(countMembers(famille, grand))).toEqual([2, 1, 0]);
    expect(Array.from(countMembers(famille, allOf(grand, parent)))).toEqual([2, 1, 0]);
    expect(countMembers(famille, grand)).toBeInstanceOf(Int32Array);
  });
});
