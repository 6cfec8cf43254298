import type { Principal } from "../../authz/principal.ts";

/** Lists of codes are JSON arrays in text columns (docs/decisions/0004: portable SQL). */
export function codes(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function toJson(values: readonly string[] | undefined): string {
  return JSON.stringify([...new Set(values ?? [])].sort());
}

/** Today in UTC as `YYYY-MM-DD`, and day arithmetic on such strings. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000;
}

export interface PersonReadEvent {
  actor: Principal;
  action: string;
  resourceType: string;
  resourceId: string;
  organisationId: string;
  purpose: string;
}

/** Records many reads or changes of people at once (the audit service's `recordMany`). */
export type AuditBatch = (events: PersonReadEvent[]) => Promise<void>;
