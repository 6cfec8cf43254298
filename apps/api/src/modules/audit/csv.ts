import type { AuditLogEntry } from "@zero/db";

const COLUMNS = [
  "id",
  "at",
  "actor_user_id",
  "actor_organisation_id",
  "action",
  "resource_type",
  "resource_id",
  "organisation_id",
  "purpose",
  "outcome",
] as const satisfies readonly (keyof AuditLogEntry)[];

/** RFC 4180 field; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
function field(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function auditCsvHeader(): string {
  return COLUMNS.join(",") + "\r\n";
}

export function auditCsvRows(entries: AuditLogEntry[]): string {
  return entries.map((e) => COLUMNS.map((c) => field(e[c])).join(",") + "\r\n").join("");
}
