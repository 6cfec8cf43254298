import type { Period } from "@zero/engine";
import type { PersonRow } from "./person-row.ts";

/**
 * Households are computed in chunks of like households ("lanes"): a formula whose whole
 * chunk is concerned by nobody returns at once (the ASPA when nobody is of age, the AAH
 * when nobody is disabled), so households with nobody aged or disabled are cheaper
 * together than mixed with those who are. The lane only decides who shares a simulation:
 * each household's results are the same in any lane (a test checks it).
 *
 * Lanes: 0 nobody aged nor disabled; 1 an adult aged 60 or more at the end of the period;
 * 2 somebody disabled (handicap or an incapacity rate), whatever the ages; plus 3 when the
 * household has children (measured: a chunk of childless households costs half as much as
 * one with children, and mixing them costs about 10 % more than keeping them apart).
 */
export const LANES = 6;

/** Age from which an adult goes to lane 1: below the earliest ASPA age (62, CSS L815-1). */
const AGED = 60;

export function laneClassifier(period: Period): (rows: readonly PersonRow[], count: number) => number {
  // Born on or before this day: aged 60 or more on the last day of the period.
  const agedBornBy = period.stop.offset(-AGED, "year").days;
  return (rows, count) => {
    let lane = 0;
    let children = 0;
    for (let j = 0; j < count; j++) {
      const r = rows[j]!;
      if (!r.adult) children = 3;
      if (r.handicap || r.tauxIncapacite > 0) lane = 2;
      else if (lane === 0 && r.adult && r.birthDays <= agedBornBy) lane = 1;
    }
    return lane + children;
  };
}
