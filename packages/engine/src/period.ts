// OpenFisca periods: a unit, a start instant and a size in units.
import { PeriodParseError } from "./errors.ts";
import { Instant, daysInMonth, parseInstant, type DateUnit } from "./instant.ts";

const UNIT_WEIGHT: Record<DateUnit, number> = { day: 100, month: 200, year: 300, eternity: 400 };

/** The order of units (day < month < year < eternity), as Period.unitWeight. */
export function unitWeight(unit: DateUnit): number {
  return UNIT_WEIGHT[unit];
}

export class Period {
  readonly unit: DateUnit;
  readonly start: Instant;
  readonly size: number;
  #key: string | undefined;
  // Periods are immutable: the derived periods formulas ask for again and again are kept.
  #firstMonth: Period | undefined;
  #offsets: Map<number, Period> | undefined;

  constructor(unit: DateUnit, start: Instant, size = 1) {
    this.unit = unit;
    this.start = start;
    this.size = unit === "eternity" ? Infinity : size;
  }

  static eternity(): Period {
    return new Period("eternity", new Instant(1, 1, 1), Infinity);
  }

  static month(year: number, month: number, size = 1): Period {
    return new Period("month", new Instant(year, month, 1), size);
  }

  static year(year: number, size = 1): Period {
    return new Period("year", new Instant(year, 1, 1), size);
  }

  /** Unique identity (unlike toString, where 12 months print like a year). */
  get key(): string {
    if (this.#key === undefined) this.#key = `${this.unit}:${this.start.key}:${this.size}`;
    return this.#key;
  }

  get unitWeight(): number {
    return UNIT_WEIGHT[this.unit];
  }

  /** Last day of the period. */
  get stop(): Instant {
    if (this.unit === "eternity") return new Instant(9999, 12, 31);
    return this.start.offset(this.size, this.unit).offset(-1, "day");
  }

  get sizeInMonths(): number {
    if (this.unit === "month") return this.size;
    if (this.unit === "year") return this.size * 12;
    throw new Error(`Cannot count the months of ${this.toString()}`);
  }

  get sizeInDays(): number {
    if (this.unit === "eternity") return Infinity;
    return this.start.offset(this.size, this.unit).days - this.start.days;
  }

  get firstMonth(): Period {
    if (this.#firstMonth === undefined) {
      this.#firstMonth =
        this.unit === "month" && this.size === 1 && this.start.day === 1
          ? this
          : new Period("month", new Instant(this.start.year, this.start.month, 1), 1);
    }
    return this.#firstMonth;
  }

  /** The month before the period (OpenFisca's `last_month`). */
  get lastMonth(): Period {
    return this.firstMonth.offset(-1);
  }

  /** The three months before the period's first month (OpenFisca's `last_3_months`). */
  get lastThreeMonths(): Period {
    const first = this.firstMonth;
    return new Period("month", first.start.offset(-3, "month"), 3);
  }

  get thisYear(): Period {
    return new Period("year", new Instant(this.start.year, 1, 1), 1);
  }

  get lastYear(): Period {
    return this.thisYear.offset(-1);
  }

  get firstDay(): Period {
    return new Period("day", this.start, 1);
  }

  /** Same unit and size, start moved by n units (the period's own unit by default). */
  offset(n: number, unit?: DateUnit): Period {
    if (this.unit === "eternity") return this;
    if (unit !== undefined && unit !== this.unit) return new Period(this.unit, this.start.offset(n, unit), this.size);
    let p = this.#offsets?.get(n);
    if (p === undefined) {
      p = new Period(this.unit, this.start.offset(n, this.unit), this.size);
      if (this.#offsets === undefined) this.#offsets = new Map();
      if (this.#offsets.size < 64) this.#offsets.set(n, p);
    }
    return p;
  }

  /** The sub-periods of the given unit covering this period. */
  subperiods(unit: DateUnit): Period[] {
    if (this.unit === "eternity" || unit === "eternity") {
      throw new Error(`Cannot split ${this.toString()} into ${unit}s`);
    }
    if (UNIT_WEIGHT[unit] > UNIT_WEIGHT[this.unit]) {
      throw new Error(`Cannot split ${this.toString()} into ${unit}s: ${unit} is longer`);
    }
    const result: Period[] = [];
    const end = this.start.offset(this.size, this.unit).key;
    for (let s = this.start; s.key < end; s = s.offset(1, unit)) result.push(new Period(unit, s, 1));
    return result;
  }

  months(): Period[] {
    return this.subperiods("month");
  }

  contains(other: Period): boolean {
    if (this.unit === "eternity") return true;
    return this.start.key <= other.start.key && other.stop.key <= this.stop.key;
  }

  equals(other: Period): boolean {
    return this.key === other.key;
  }

  /** OpenFisca's canonical string form. */
  toString(): string {
    const { year, month, day } = this.start;
    const y = String(year).padStart(4, "0");
    const m = String(month).padStart(2, "0");
    if (this.unit === "eternity") return "ETERNITY";
    if ((this.unit === "month" && this.size === 12) || (this.unit === "year" && this.size === 1)) {
      return month === 1 ? y : `year:${y}-${m}`;
    }
    if (this.unit === "month") return this.size === 1 ? `${y}-${m}` : `month:${y}-${m}:${this.size}`;
    if (this.unit === "year") return month === 1 ? `year:${y}:${this.size}` : `year:${y}-${m}:${this.size}`;
    const d = String(day).padStart(2, "0");
    return this.size === 1 ? `${y}-${m}-${d}` : `day:${y}-${m}-${d}:${this.size}`;
  }
}

const BASE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

function parseBase(input: string, text: string): { start: Instant; unit: DateUnit } {
  const m = BASE.exec(text);
  if (!m) throw new PeriodParseError(input);
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) throw new PeriodParseError(input, `month ${month} out of range`);
  if (day < 1 || day > daysInMonth(year, month)) throw new PeriodParseError(input, `day ${day} out of range`);
  const unit: DateUnit = m[3] !== undefined ? "day" : m[2] !== undefined ? "month" : "year";
  return { start: new Instant(year, month, day), unit };
}

const cache = new Map<string, Period>();

/**
 * Reads every OpenFisca period form: `2024`, `2024-01`, `2024-01-15`, `ETERNITY`,
 * `year:2023-04`, `year:2023:2`, `month:2024-01:3`, `day:2024-01-15:7`.
 */
export function parsePeriod(value: string | number | Period): Period {
  if (value instanceof Period) return value;
  const input = String(value).trim();
  const cached = cache.get(input);
  if (cached) return cached;
  const period = parseUncached(input);
  if (cache.size > 10_000) cache.clear();
  cache.set(input, period);
  return period;
}

function parseUncached(input: string): Period {
  if (input === "ETERNITY" || input === "eternity") return Period.eternity();
  const parts = input.split(":");
  if (parts.length === 1) {
    const { start, unit } = parseBase(input, input);
    return new Period(unit, start, 1);
  }
  if (parts.length > 3) throw new PeriodParseError(input);
  const unit = parts[0] as string;
  if (unit !== "day" && unit !== "month" && unit !== "year") {
    throw new PeriodParseError(input, `unknown unit "${unit}"`);
  }
  const base = parseBase(input, parts[1] as string);
  // As OpenFisca: `year:2015-03` is a rolling year, `month:2015` is ambiguous.
  if (UNIT_WEIGHT[base.unit] > UNIT_WEIGHT[unit]) {
    throw new PeriodParseError(input, `ambiguous: a ${unit} given by a whole ${base.unit}`);
  }
  let size = 1;
  if (parts.length === 3) {
    const sizeText = parts[2] as string;
    if (!/^\d+$/.test(sizeText) || Number(sizeText) < 1) throw new PeriodParseError(input, "bad size");
    size = Number(sizeText);
  }
  return new Period(unit, base.start, size);
}

/** The instant a parameter is read at: a period's start, an instant, or a date/period string. */
export function instantOf(at: Period | Instant | string): Instant {
  if (at instanceof Period) return at.start;
  if (at instanceof Instant) return at;
  return parseInstant(at) ?? parsePeriod(at).start;
}
