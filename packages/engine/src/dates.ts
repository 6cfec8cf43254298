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
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Completed years between each birth date and an instant (OpenFisca France's `age`). */
export function ageInYears(birth: ArrayLike<number>, at: Instant): Int32Array {
  const out = new Int32Array(birth.length);
  for (let i = 0; i < out.length; i++) {
    const [y, m, d] = civil(birth[i]!);
    let age = at.year - y;
    if (at.month < m || (at.month === m && at.day < d)) age--;
    out[i] = age;
  }
  return out;
}

/** Completed months between each birth date and an instant. */
export function ageInMonths(birth: ArrayLike<number>, at: Instant): Int32Array {
  const out = new Int32Array(birth.length);
  for (let i = 0; i < out.length; i++) {
    const [y, m, d] = civil(birth[i]!);
    let months = (at.year - y) * 12 + (at.month - m);
    if (at.day < d) months--;
    out[i] = months;
  }
  return out;
}
