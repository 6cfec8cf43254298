import { parsePeriod } from "@zero/engine";
import { describe, expect, it } from "vitest";
import { AMOUNT_COLUMNS } from "../src/compute/columns.ts";
import { laneClassifier } from "../src/compute/household-lanes.ts";
import { OrderedLines } from "../src/compute/ordered-lines.ts";
import { emptyPersonRow } from "../src/compute/person-row.ts";

const days = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe("household lanes", () => {
  const lane = laneClassifier(parsePeriod("2025-04"));
  const row = (adult: boolean, birth: string, handicap = 0, taux = 0) => ({
    ...emptyPersonRow(),
    adult,
    birthDays: days(birth),
    handicap,
    tauxIncapacite: taux,
  });

  it("puts a household with nobody aged nor disabled in lane 0, or 3 with children", () => {
    expect(lane([row(true, "1980-05-01")], 1)).toBe(0);
    expect(lane([row(true, "1980-05-01"), row(false, "2015-01-01")], 2)).toBe(3);
  });
  it("puts a household with an adult of 60 on the last day of the period in lane 1, not one a day younger", () => {
    expect(lane([row(true, "1990-01-01"), row(true, "1965-04-30")], 2)).toBe(1);
    expect(lane([row(true, "1965-05-01")], 1)).toBe(0);
    expect(lane([row(true, "1965-04-30"), row(false, "2010-01-01")], 2)).toBe(4);
  });
  it("counts a birthday on 29 February: 60 on the last day of February 2024", () => {
    const february = laneClassifier(parsePeriod("2024-02"));
    expect(february([row(true, "1964-02-29")], 1)).toBe(1);
    expect(february([row(true, "1964-03-01")], 1)).toBe(0);
  });
  it("puts a household with somebody disabled in lane 2, whatever the ages (5 with children)", () => {
    expect(lane([row(true, "1950-01-01"), row(true, "1990-01-01", 1)], 2)).toBe(2);
    expect(lane([row(true, "1990-01-01", 0, 0.5)], 1)).toBe(2);
    expect(lane([row(true, "1950-01-01"), row(false, "2015-01-01", 1)], 2)).toBe(5);
  });
  it("adds 6 when somebody has a salary (gross, net or taxable), a child's included", () => {
    const paid = (column: (typeof AMOUNT_COLUMNS)[number]) => {
      const r = row(true, "1980-05-01");
      r.amounts[AMOUNT_COLUMNS.indexOf(column)] = 1200;
      return r;
    };
    expect(lane([paid("salaire_net")], 1)).toBe(6);
    expect(lane([paid("salaire_de_base")], 1)).toBe(6);
    expect(lane([row(true, "1950-01-01"), paid("salaire_imposable")], 2)).toBe(7);
    const child = { ...paid("salaire_net"), adult: false };
    expect(lane([row(true, "1990-01-01", 1), child], 2)).toBe(11);
    // Other income is no salary.
    const chomeur = row(true, "1980-05-01");
    chomeur.amounts[AMOUNT_COLUMNS.indexOf("chomage_net")] = 900;
    expect(lane([chomeur], 1)).toBe(0);
  });
  it("reads only the household's rows (rows past the count are stale)", () => {
    expect(lane([row(true, "1990-01-01"), row(true, "1940-01-01", 1)], 1)).toBe(0);
  });
});

describe("ordered lines", () => {
  it("releases lines in ordinal order, as soon as their predecessors are there", () => {
    const lines = new OrderedLines();
    lines.put(1, "b\n");
    expect(lines.take()).toEqual({ text: "", count: 0 });
    lines.put(0, "a\n");
    lines.put(3, "d\n");
    expect(lines.take()).toEqual({ text: "a\nb\n", count: 2 });
    expect(lines.held).toBe(1);
    lines.put(2, "c\n");
    expect(lines.take()).toEqual({ text: "c\nd\n", count: 2 });
    expect(lines.next).toBe(4);
  });
  it("refuses a household given twice", () => {
    const lines = new OrderedLines();
    lines.put(0, "a\n");
    expect(() => lines.put(0, "x\n")).toThrow(/#0 given twice/);
    lines.take();
    expect(() => lines.put(0, "x\n")).toThrow(/#0 given twice/);
  });
});
