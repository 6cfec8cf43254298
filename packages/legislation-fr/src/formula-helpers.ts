// Small period and vector helpers shared by formulas (no legislation here).
import { parsePeriod, type NumericVector, type Period, type Population } from "@zero/engine";

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
    for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
  }
  return out;
}

/** Mean over several months of a numeric variable. */
export function meanOver(pop: Population, variable: string, months: readonly Period[]): Float64Array {
  const out = new Float64Array(pop.count);
  for (const month of months) {
    const v = pop(variable, month);
    for (let i = 0; i < out.length; i++) out[i]! += v[i]! / months.length;
  }
  return out;
}

/** Sum of several numeric variables of the members of a group, per person. */
export function membersSumOf(group: Population, variables: readonly string[], period: Period): Float64Array {
  const out = new Float64Array(0);
  let acc: Float64Array = out;
  for (const name of variables) {
    const v: NumericVector = group.members(name, period);
    if (acc.length !== v.length) acc = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) acc[i]! += v[i]!;
  }
  return acc;
}

/** For each member of a group population, the index of its group. */
export function memberGroupIndex(group: Population): Int32Array {
  const ids = new Int32Array(group.count);
  for (let i = 0; i < ids.length; i++) ids[i] = i;
  return group.project(ids);
}
