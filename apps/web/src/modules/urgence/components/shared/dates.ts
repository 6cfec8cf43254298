// The API's days are UTC days (`YYYY-MM-DD`, apps/api/src/modules/urgence/shared.ts):
// "tonight" is the server's today.

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
const dateOnly = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const monthShort = new Intl.DateTimeFormat("fr-FR", { month: "short", timeZone: "UTC" });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDay = (day: string) => dateOnly.format(new Date(`${day}T12:00:00Z`));
export const formatMonth = (month: string) => monthYear.format(new Date(`${month}-15T12:00:00Z`));
export const formatMonthShort = (month: string) => monthShort.format(new Date(`${month}-15T12:00:00Z`));

/** A value for <input type="datetime-local"> in the browser's time zone. */
export function localDateTimeValue(date = new Date()): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
