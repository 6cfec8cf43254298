// Date vectors are Int32Array of days since 1970-01-01; these helpers read them.
import { Instant, parseInstant } from "./instant.ts";
import { DefinitionError } from "./errors.ts";

export function toDays(iso: string): number {
  const instant = parseInstant(iso);
  if (!instant) throw new DefinitionError(`"${iso}" is not a YYYY-MM-DD date`);
  return instant.days;
}

export function fromDays(days: number): string {
  return Instant.fromDays(days).toString();
}

// Civil dates of a day count, without allocating a Date per entity (Howard Hinnant's algorithm).
interface CivilDates {
  /** The day counts they were computed from (to notice a vector that changed). */
  readonly days: Float64Array;
  readonly year: Int32Array;
  /** month * 100 + day */
  readonly monthDay: Int32Array;
}

// `age` reads the same birth dates for every month of a simulation: their civil dates
// are kept per vector, and checked against a copy of the day counts before each use.
const civilCache = new WeakMap<object, CivilDates>();

function civilDates(birth: ArrayLike<number>): CivilDates {
  const n = birth.length;
  const kept = typeof birth === "object" ? civilCache.get(birth) : undefined;
  if (kept && kept.days.length === n) {
    let same = true;
    for (let i = 0; i < n; i++) {
      if (kept.days[i] !== birth[i]) {
        same = false;
        break;
      }
    }
    if (same) return kept;
  }
  const days = new Float64Array(n);
  const year = new Int32Array(n);
  const monthDay = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = birth[i]!;
    days[i] = b;
    const z = b + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    year[i] = yoe + era * 400 + (m <= 2 ? 1 : 0);
    monthDay[i] = m * 100 + d;
  }
  const civil = { days, year, monthDay };
  if (typeof birth === "object") civilCache.set(birth, civil);
  return civil;
}

/** Completed years between each birth date and an instant (OpenFisca France's `age`). */
export function ageInYears(birth: ArrayLike<number>, at: Instant): Int32Array {
  const { year, monthDay } = civilDates(birth);
  const out = new Int32Array(birth.length);
  const atYear = at.year;
  const atMonthDay = at.month * 100 + at.day;
  for (let i = 0; i < out.length; i++) out[i] = atYear - year[i]! - (atMonthDay < monthDay[i]! ? 1 : 0);
  return out;
}

/** Completed months between each birth date and an instant. */
export function ageInMonths(birth: ArrayLike<number>, at: Instant): Int32Array {
  const { year, monthDay } = civilDates(birth);
  const out = new Int32Array(birth.length);
  for (let i = 0; i < out.length; i++) {
    const md = monthDay[i]!;
    const m = Math.floor(md / 100);
    out[i] = (at.year - year[i]!) * 12 + (at.month - m) - (at.day < md - m * 100 ? 1 : 0);
  }
  return out;
}
