// A calendar day. Periods start at an Instant; parameters are read at one.

export type DateUnit = "day" | "month" | "year" | "eternity";

const MS_PER_DAY = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export class Instant {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** yyyymmdd, for fast ordering. */
  readonly key: number;
  #days: number | undefined;

  constructor(year: number, month: number, day: number) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.key = year * 10_000 + month * 100 + day;
  }

  static fromDays(days: number): Instant {
    const d = new Date(days * MS_PER_DAY);
    return new Instant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }

  /** Days since 1970-01-01 (the engine's date vector unit). */
  get days(): number {
    if (this.#days === undefined) {
      const d = new Date(0);
      d.setUTCFullYear(this.year, this.month - 1, this.day);
      this.#days = Math.round(d.getTime() / MS_PER_DAY);
    }
    return this.#days;
  }

  /** OpenFisca's Instant.offset: months and years clamp the day to the month's end. */
  offset(n: number, unit: DateUnit): Instant {
    if (unit === "day") return Instant.fromDays(this.days + n);
    if (unit === "month" || unit === "year") {
      const totalMonths = this.year * 12 + (this.month - 1) + (unit === "year" ? 12 * n : n);
      const year = Math.floor(totalMonths / 12);
      const month = totalMonths - year * 12 + 1;
      return new Instant(year, month, Math.min(this.day, daysInMonth(year, month)));
    }
    throw new Error(`Cannot offset an instant by ${unit}`);
  }

  compare(other: Instant): number {
    return this.key - other.key;
  }

  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" (or a Date) into an Instant; undefined when not a valid date. */
export function parseInstant(value: string | Date): Instant | undefined {
  if (value instanceof Date) {
    return new Instant(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return new Instant(year, month, day);
}

const ISO_MONTH_OR_YEAR = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * A date value as OpenFisca reads one (numpy's datetime64[D]): "YYYY-MM-DD", or "YYYY-MM"
 * for the month's first day, or "YYYY" for 1 January ("ppa_mois_demande: 2018-11").
 */
export function parseDateValue(value: string | Date): Instant | undefined {
  const instant = parseInstant(value);
  if (instant || value instanceof Date) return instant;
  const m = ISO_MONTH_OR_YEAR.exec(value.trim());
  if (!m) return undefined;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  return month >= 1 && month <= 12 ? new Instant(Number(m[1]), month, 1) : undefined;
}
