import { nowIso, uuidv7, type AuditLogEntry, type NewAuditLogEntry } from "@zero/db";
import type { Principal } from "../../authz/principal.ts";
import type { AuditFilter, AuditRepository } from "./repository.ts";

export interface AuditEvent {
  actor: Principal | null;
  /** read, create, update, delete, export, login, login_failed, logout… */
  action: string;
  resourceType: string;
  resourceId: string | null;
  organisationId: string | null;
  /** Why the record was read or changed, in the user's words or the screen's. */
  purpose: string;
  outcome: "success" | "denied" | "failure";
}

/** The audit row for an event; the actor's organisation is the one owning the resource when they belong to it. */
function toRow(event: AuditEvent, at: string): NewAuditLogEntry {
  const actorOrganisation =
    event.actor && event.organisationId && event.actor.memberships.some((m) => m.organisationId === event.organisationId)
      ? event.organisationId
      : (event.actor?.memberships[0]?.organisationId ?? null);
  return {
    id: uuidv7(),
    at,
    actor_user_id: event.actor?.userId ?? null,
    actor_organisation_id: actorOrganisation,
    action: event.action,
    resource_type: event.resourceType,
    resource_id: event.resourceId,
    organisation_id: event.organisationId,
    purpose: event.purpose,
    outcome: event.outcome,
  };
}

export function auditService(repo: AuditRepository) {
  return {
    async record(event: AuditEvent): Promise<void> {
      await repo.append(toRow(event, nowIso()));
    },

    /** One entry per event (a list of 100 people read is 100 traceable reads), batched. */
    async recordMany(events: AuditEvent[]): Promise<void> {
      if (events.length === 0) return;
      const at = nowIso();
      await repo.appendMany(events.map((e) => toRow(e, at)));
    },

    list(filter: AuditFilter): Promise<AuditLogEntry[]> {
      return repo.list(filter);
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
