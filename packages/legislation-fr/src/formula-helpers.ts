// Small period and vector helpers shared by formulas (no legislation here).
import { knownConstant, parsePeriod, sumMembers, type NumericVector, type Period, type Population } from "@zero/engine";

/** The n months before the period's first month, most recent first (M-1, M-2, ...). */
export function previousMonths(period: Period, n: number): Period[] {
  const first = period.firstMonth;
  return Array.from({ length: n }, (_, i) => first.offset(-(i + 1)));
}

/** The period itself, or the first month of `start` when the period begins earlier. */
export function notBefore(period: Period, start: string): Period {
  const floor = parsePeriod(start.slice(0, 7));
  return period.start.key < floor.start.key ? floor : period;
}

/** Sum of several numeric variables of one population, at one period. */
export function sumOf(pop: Population, variables: readonly string[], period: Period): Float64Array {
  const out = new Float64Array(pop.count);
  for (const name of variables) {
    const v = pop(name, period);
    if (knownConstant(v) === 0) continue; // adding 0 changes nothing (an undeclared income)
    for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
  }
  return out;
}

/** Mean over several months of a numeric variable. */
export function meanOver(pop: Population, variable: string, months: readonly Period[]): Float64Array {
  const out = new Float64Array(pop.count);
  for (const month of months) {
    const v = pop(variable, month);
    if (knownConstant(v) === 0) continue;
    for (let i = 0; i < out.length; i++) out[i]! += v[i]! / months.length;
  }
  return out;
}

/** For each member of a group population, the index of its group. */
export function memberGroupIndex(group: Population): Int32Array {
  // A fresh copy (the caller may write to it) of the persons' group indices.
  return group.persons.groupIndex(group.key).slice();
}

/**
 * Start of the shifted reference quarter (months M-2 to M-4) in the départements that
 * test the renewed RSA (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi).
 */
export const DEBUT_TRIMESTRE_DECALE = "2024-10-01";

/** The reference quarter, usual (M-1 to M-3) or shifted (M-2 to M-4). */
export function referenceQuarter(period: Period, decale: boolean): Period[] {
  return decale ? previousMonths(period, 4).slice(1) : previousMonths(period, 3);
}

/** Whether the shifted quarter may apply at all for this period. */
export function shiftedQuarterInForce(period: Period): boolean {
  return period.start.toString() >= DEBUT_TRIMESTRE_DECALE;
}

/** Per person: an income received last month and not this month (it was interrupted). */
export function interruption(thisMonth: ArrayLike<number>, lastMonth: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(thisMonth.length);
  for (let i = 0; i < out.length; i++) out[i] = thisMonth[i] === 0 && lastMonth[i]! > 0 ? 1 : 0;
  return out;
}

/** `interruption`, or undefined when the income is undeclared both months (nothing to neutralise). */
export function interruptionOrNone(thisMonth: NumericVector, lastMonth: NumericVector): Uint8Array | undefined {
  return knownConstant(thisMonth) === 0 && knownConstant(lastMonth) === 0 ? undefined : interruption(thisMonth, lastMonth);
}

/**
 * Whether every entry is 0. Formulas return 0 at once when what they pay for is absent
 * from the whole population (no child, no eligible child): a batch of childless
 * households then computes none of the resources those benefits would read.
 */
export function toutNul(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) return false;
  return true;
}

/**
 * Per famille, the sum of a person vector over the members the RSA and the prime
 * d'activité count: the parents and the children à charge of the RSA (rsa_membre_foyer;
 * CASF art. R262-6, CSS art. R844-1).
 */
export function sumOverRsaFoyer(famille: Population, values: ArrayLike<number>, period: Period): Float64Array {
  return sumMembers(famille, values, famille.members("rsa_membre_foyer", period));
}
