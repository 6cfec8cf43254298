const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium" });

/** "26/11/2026 14:03:27", in the browser's time zone; the raw value if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/**
 * The last 8 characters of an id, enough to tell them apart on screen. Not the first ones:
 * UUIDv7 ids start with their creation time, so ids made the same day share their start.
 */
export function shortId(id: string): string {
  return id.length > 8 ? `…${id.slice(-8)}` : id;
}

/** A day picked in an <input type="date"> ("2026-11-26"), plus `days`, at local midnight, as an ISO instant. */
function localMidnightIso(day: string, days: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString();
}

/** The start of a picked day (the API's `from` is inclusive). */
export const startOfDayIso = (day: string): string | undefined => localMidnightIso(day, 0);

/** The end of a picked day: the next midnight, since the API's `to` is exclusive. */
export const endOfDayIso = (day: string): string | undefined => localMidnightIso(day, 1);
