import { nowIso, uuidv7, type AuditLogEntry } from "@zero/db";
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

export function auditService(repo: AuditRepository) {
  return {
    async record(event: AuditEvent): Promise<void> {
      const actorOrganisation =
        event.actor && event.organisationId &&
        event.actor.memberships.some((m) => m.organisationId === event.organisationId)
          ? event.organisationId
          : (event.actor?.memberships[0]?.organisationId ?? null);
      await repo.append({
        id: uuidv7(),
        at: nowIso(),
        actor_user_id: event.actor?.userId ?? null,
        actor_organisation_id: actorOrganisation,
        action: event.action,
        resource_type: event.resourceType,
        resource_id: event.resourceId,
        organisation_id: event.organisationId,
        purpose: event.purpose,
        outcome: event.outcome,
      });
    },

    list(filter: AuditFilter): Promise<AuditLogEntry[]> {
      return repo.list(filter);
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
