import { describe, expect, it } from "vitest";
import { Instant, Period, PeriodParseError, parsePeriod } from "../src/index.ts";

describe("parsePeriod", () => {
  it.each([
    ["2024-01", "month", "2024-01-01", 1, "2024-01"],
    ["2024", "year", "2024-01-01", 1, "2024"],
    ["2024-01-15", "day", "2024-01-15", 1, "2024-01-15"],
    ["ETERNITY", "eternity", "0001-01-01", Infinity, "ETERNITY"],
    ["year:2023-04", "year", "2023-04-01", 1, "year:2023-04"],
    ["year:2023:2", "year", "2023-01-01", 2, "year:2023:2"],
    ["year:2023", "year", "2023-01-01", 1, "2023"],
    ["month:2024-01:3", "month", "2024-01-01", 3, "month:2024-01:3"],
    ["month:2024-01", "month", "2024-01-01", 1, "2024-01"],
    ["day:2024-01-30:3", "day", "2024-01-30", 3, "day:2024-01-30:3"],
  ])("reads %s", (text, unit, start, size, canonical) => {
    const p = parsePeriod(text);
    expect(p.unit).toBe(unit);
    expect(p.start.toString()).toBe(start);
    expect(p.size).toBe(size);
    expect(p.toString()).toBe(canonical);
  });

  it("accepts a number (a YAML year)", () => {
    expect(parsePeriod(2015).toString()).toBe("2015");
  });

  it.each(["2024-13", "2024-02-30", "month:2014", "week:2024", "abc", "2024-01:3", "month:2024-01:0", ""])(
    "rejects %j with a typed error naming it",
    (text) => {
      expect(() => parsePeriod(text)).toThrow(PeriodParseError);
      try {
        parsePeriod(text);
      } catch (e) {
        expect((e as PeriodParseError).input).toBe(text);
        expect((e as Error).message).toContain(`"${text}"`);
      }
    },
  );

  it("prints 12 months as a year, as OpenFisca", () => {
    expect(new Period("month", new Instant(2024, 1, 1), 12).toString()).toBe("2024");
    expect(new Period("month", new Instant(2024, 3, 1), 12).toString()).toBe("year:2024-03");
    // but they stay distinct periods
    expect(new Period("month", new Instant(2024, 1, 1), 12).key).not.toBe(parsePeriod("2024").key);
  });
});

describe("Period operations", () => {
  const m = parsePeriod("2024-03");
  it("first and previous month, three last months", () => {
    expect(parsePeriod("2024").firstMonth.toString()).toBe("2024-01");
    expect(m.lastMonth.toString()).toBe("2024-02");
    expect(parsePeriod("2024-01").lastMonth.toString()).toBe("2023-12");
    expect(m.lastThreeMonths.toString()).toBe("month:2023-12:3");
    expect(m.lastThreeMonths.months().map(String)).toEqual(["2023-12", "2024-01", "2024-02"]);
  });

  it("this year, last year, offsets", () => {
    expect(m.thisYear.toString()).toBe("2024");
    expect(m.lastYear.toString()).toBe("2023");
    expect(m.offset(-14).toString()).toBe("2023-01");
    expect(m.offset(1, "year").toString()).toBe("2025-03");
    expect(parsePeriod("2024").offset(-1).toString()).toBe("2023");
    expect(parsePeriod("year:2023-04").offset(1, "month").toString()).toBe("year:2023-05");
  });

  it("sub-months and sizes", () => {
    const rolling = parsePeriod("year:2023-04");
    expect(rolling.sizeInMonths).toBe(12);
    expect(rolling.months()[0]!.toString()).toBe("2023-04");
    expect(rolling.months()[11]!.toString()).toBe("2024-03");
    expect(parsePeriod("year:2023:2").months()).toHaveLength(24);
    expect(parsePeriod("month:2024-01:3").sizeInMonths).toBe(3);
    expect(parsePeriod("2024-02").sizeInDays).toBe(29);
    expect(parsePeriod("2024").stop.toString()).toBe("2024-12-31");
    expect(() => parsePeriod("2024-01-15").sizeInMonths).toThrow();
  });

  it("clamps the day when offsetting by months", () => {
    expect(new Instant(2024, 1, 31).offset(1, "month").toString()).toBe("2024-02-29");
    expect(new Instant(2024, 2, 29).offset(1, "year").toString()).toBe("2025-02-28");
    expect(new Instant(2024, 12, 31).offset(1, "day").toString()).toBe("2025-01-01");
  });

  it("counts days since 1970 both ways", () => {
    expect(new Instant(1970, 1, 1).days).toBe(0);
    expect(new Instant(2024, 1, 31).days).toBe(19753);
    expect(Instant.fromDays(19753).toString()).toBe("2024-01-31");
    expect(new Instant(1950, 6, 15).days).toBe(-7140);
  });
});
