import type { Period } from "@zero/engine";
import { AMOUNT_COLUMNS } from "./columns.ts";
import type { PersonRow } from "./person-row.ts";

/**
 * Households are computed in chunks of like households ("lanes"): a formula whose whole
 * chunk is concerned by nobody returns at once (the ASPA when nobody is of age, the AAH
 * when nobody is disabled, the family benefits when nobody has a child, the prime
 * d'activité when nobody earns), so like households are cheaper together than mixed. The
 * lane only decides who shares a simulation: each household's results are the same in
 * any lane (tests check it).
 *
 * Lane = who + 3 × children + 6 × earnings, where who is 0 nobody aged nor disabled, 1 an
 * adult aged 60 or more at the end of the period, 2 somebody disabled (handicap or an
 * incapacity rate), whatever the ages; children is 1 when the household has some; earnings
 * is 1 when somebody has a salary (gross, net or taxable). Measured in one thread: a
 * household without earnings costs about half as much apart as mixed with earners.
 */
export const LANES = 12;

/** Age from which an adult goes to lane 1: below the earliest ASPA age (62, CSS L815-1). */
const AGED = 60;

const SALARY_COLUMNS = (["salaire_de_base", "salaire_net", "salaire_imposable"] as const).map((c) => AMOUNT_COLUMNS.indexOf(c));

export function laneClassifier(period: Period): (rows: readonly PersonRow[], count: number) => number {
  // Born on or before this day: aged 60 or more on the last day of the period.
  const agedBornBy = period.stop.offset(-AGED, "year").days;
  return (rows, count) => {
    let who = 0;
    let children = 0;
    let earnings = 0;
    for (let j = 0; j < count; j++) {
      const r = rows[j]!;
      if (!r.adult) children = 1;
      if (r.handicap || r.tauxIncapacite > 0) who = 2;
      else if (who === 0 && r.adult && r.birthDays <= agedBornBy) who = 1;
      for (const c of SALARY_COLUMNS) if (r.amounts[c]! > 0) earnings = 1;
    }
    return who + 3 * children + 6 * earnings;
  };
}
