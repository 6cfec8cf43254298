import { nowIso, uuidv7, type Database } from "@zero/db";
import type { Kysely } from "kysely";
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

/**
 * Appends many audit entries in one statement (a list of 100 people is 100 reads, each
 * traceable). Same columns and actor-organisation rule as the audit service; the table
 * stays append-only (docs/decisions/0006).
 */
export function auditBatch(db: Kysely<Database>) {
  return async function recordMany(events: PersonReadEvent[]): Promise<void> {
    if (events.length === 0) return;
    const at = nowIso();
    const rows = events.map((e) => ({
      id: uuidv7(),
      at,
      actor_user_id: e.actor.userId,
      actor_organisation_id: e.actor.memberships.some((m) => m.organisationId === e.organisationId)
        ? e.organisationId
        : (e.actor.memberships[0]?.organisationId ?? null),
      action: e.action,
      resource_type: e.resourceType,
      resource_id: e.resourceId,
      organisation_id: e.organisationId,
      purpose: e.purpose,
      outcome: "success" as const,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await db.insertInto("audit_log").values(rows.slice(i, i + 500)).execute();
    }
  };
}

export type AuditBatch = ReturnType<typeof auditBatch>;
