import { Type, type TInteger, type TString } from "@sinclair/typebox";

// Every date the API accepts carries a rule: what kind of date it is, and so which window of
// time it may lie in (ADR 0020). The schemas declare the rule with the keyword below; the API
// checks it at validation time (apps/api/src/plugins/date-rules.ts), so that a date outside
// its window is a 400 before any handler runs. The windows are computed here, once, for the
// API and for the web app's date inputs.

/** The JSON Schema keyword that carries a date's rule (an OpenAPI extension). */
export const DATE_RULE_KEYWORD = "x-date-rule";

/**
 * - `observed`: an instant that happened (an encounter, a consent given): not in the future.
 * - `filter`: an instant bounding a search: a sane window only.
 * - `birthYear`: a year of birth: from 1900, not after this year.
 * - `today`: the day a rule that writes is applied on: a day that is today somewhere.
 * - `pastDay`: the reference day of a report: not after today.
 * - `night`: a night being planned (places declared, orientation): from today to the horizon.
 * - `nightView`: a night looked at: the past, or up to the horizon.
 */
export const DATE_RULES = ["observed", "filter", "birthYear", "today", "pastDay", "night", "nightView"] as const;
export type DateRule = (typeof DATE_RULES)[number];

/** How far a client's clock may run ahead of the server's. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** How many days ahead a night may be planned. */
export const PLANNING_HORIZON_DAYS = 31;
/** How far ahead a search bound may go. */
export const FILTER_HORIZON_DAYS = 366;
/** Nothing Zéro records happened before this day (the oldest paper files included). */
export const EARLIEST_DAY = "2000-01-01";
export const EARLIEST_BIRTH_YEAR = 1900;

/** Rules whose upper bound is "now": going beyond it is being in the future. */
const OBSERVATIONS: ReadonlySet<DateRule> = new Set(["observed", "birthYear", "today", "pastDay"]);

export type DateWindow =
  { unit: "instant"; min: string; max: string } | { unit: "day"; min: string; max: string } | { unit: "year"; min: number; max: number };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Days are calendar days, the API's days are UTC days, and the people who send them live from
 * UTC−12 to UTC+14 (Polynésie, Nouvelle-Calédonie, La Réunion…): "today" is any day that is
 * today somewhere, from the day at UTC−12 to the day at UTC+14.
 */
export function currentDays(now: Date): { earliest: string; latest: string } {
  return { earliest: dayAt(now.getTime() - 12 * HOUR), latest: dayAt(now.getTime() + 14 * HOUR) };
}

/** The window a date of this rule must lie in, at this instant (bounds included). */
export function dateWindow(rule: DateRule, now: Date = new Date()): DateWindow {
  const t = now.getTime();
  const { earliest, latest } = currentDays(now);
  const latestMs = Date.parse(`${latest}T00:00:00.000Z`);
  const since = `${EARLIEST_DAY}T00:00:00.000Z`;
  switch (rule) {
    case "observed":
      return { unit: "instant", min: since, max: new Date(t + CLOCK_SKEW_MS).toISOString() };
    case "filter":
      return { unit: "instant", min: since, max: new Date(t + FILTER_HORIZON_DAYS * DAY).toISOString() };
    case "birthYear":
      return { unit: "year", min: EARLIEST_BIRTH_YEAR, max: Number(latest.slice(0, 4)) };
    case "today":
      return { unit: "day", min: earliest, max: latest };
    case "pastDay":
      return { unit: "day", min: EARLIEST_DAY, max: latest };
    case "night":
      return { unit: "day", min: earliest, max: dayAt(latestMs + PLANNING_HORIZON_DAYS * DAY) };
    case "nightView":
      return { unit: "day", min: EARLIEST_DAY, max: dayAt(latestMs + PLANNING_HORIZON_DAYS * DAY) };
  }
}

export interface DateProblem {
  /** `future`: after now for an observation; `range`: outside the window otherwise. */
  problem: "future" | "range";
  window: DateWindow;
}

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day that exists ("2026-02-30" does not): the others are the format's to refuse. */
function realDay(value: unknown): value is string {
  if (typeof value !== "string" || !DAY_FORMAT.test(value)) return false;
  const at = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/**
 * Checks one value against its rule. A value the format itself refuses (not a date, not a
 * calendar day) is left to the format: null here, so that it is reported once, as a format.
 */
export function checkDate(rule: DateRule, value: unknown, now: Date = new Date()): DateProblem | null {
  const window = dateWindow(rule, now);
  let below: boolean;
  let above: boolean;
  if (window.unit === "year") {
    if (typeof value !== "number" || !Number.isInteger(value)) return null;
    below = value < window.min;
    above = value > window.max;
  } else if (window.unit === "day") {
    if (!realDay(value)) return null;
    below = value < window.min;
    above = value > window.max;
  } else {
    const at = typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(at)) return null;
    below = at < Date.parse(window.min);
    above = at > Date.parse(window.max);
  }
  if (above && OBSERVATIONS.has(rule)) return { problem: "future", window };
  return below || above ? { problem: "range", window } : null;
}

// Schemas, each with its rule and a French description of its window.

/** An instant that happened: not more than a few minutes ahead of the server's clock, not before 2000. */
export const ObservedAt = (description: string): TString =>
  Type.String({ format: "date-time", [DATE_RULE_KEYWORD]: "observed", description: `${description} (passé, depuis 2000)` });
/** A bound of a search on instants: from 2000 to a year ahead. */
export const FilterInstant = (description?: string): TString =>
  Type.String({
    format: "date-time",
    [DATE_RULE_KEYWORD]: "filter",
    description: `${description ? `${description} ; ` : ""}entre 2000 et dans un an`,
  });
/** A year of birth: from 1900, not after this year. */
export const BirthYear = (): TInteger =>
  Type.Integer({ [DATE_RULE_KEYWORD]: "birthYear", description: "Année de naissance (de 1900 à cette année)" });
const day = (rule: DateRule, description: string): TString =>
  Type.String({ format: "date", [DATE_RULE_KEYWORD]: rule, description: `Jour civil AAAA-MM-JJ : ${description}` });
/** The day a rule is applied on: only today (the server's, in any time zone from UTC−12 to UTC+14). */
export const TodayDay = (): TString => day("today", "aujourd'hui seulement");
/** The reference day of a report: from 2000 to today. */
export const PastDay = (): TString => day("pastDay", "de 2000 à aujourd'hui");
/** A night being planned: from tonight to 31 days ahead. */
export const NightDay = (): TString => day("night", `de ce soir à ${PLANNING_HORIZON_DAYS} jours`);
/** A night looked at: from 2000 to 31 days ahead. */
export const NightViewDay = (): TString => day("nightView", `de 2000 à ${PLANNING_HORIZON_DAYS} jours`);
