import type { AuditLogEntry, Database, NewAuditLogEntry } from "@zero/db";
import type { Kysely } from "kysely";

export interface AuditFilter {
  organisationId: string;
  from?: string | undefined;
  to?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  actorUserId?: string | undefined;
  /** Entries strictly older than this id (ids are UUIDv7, ordered by time). */
  before?: string | undefined;
  limit: number;
}

/** Append and read only: there is deliberately no update or delete here. */
export function auditRepository(db: Kysely<Database>) {
  return {
    async append(entry: NewAuditLogEntry): Promise<void> {
      await db.insertInto("audit_log").values(entry).execute();
    },

    /** Many entries in few statements (500 rows each, under both engines' parameter limits). */
    async appendMany(entries: NewAuditLogEntry[]): Promise<void> {
      for (let i = 0; i < entries.length; i += 500) {
        await db
          .insertInto("audit_log")
          .values(entries.slice(i, i + 500))
          .execute();
      }
    },

    list(filter: AuditFilter): Promise<AuditLogEntry[]> {
      let query = db
        .selectFrom("audit_log")
        .selectAll()
        .where((eb) => eb.or([eb("organisation_id", "=", filter.organisationId), eb("actor_organisation_id", "=", filter.organisationId)]));
      // Stored times are UTC ISO strings: the bounds are compared in the same form (ADR 0004).
      if (filter.from) query = query.where("at", ">=", new Date(filter.from).toISOString());
      if (filter.to) query = query.where("at", "<", new Date(filter.to).toISOString());
      if (filter.resourceType) query = query.where("resource_type", "=", filter.resourceType);
      if (filter.resourceId) query = query.where("resource_id", "=", filter.resourceId);
      if (filter.actorUserId) query = query.where("actor_user_id", "=", filter.actorUserId);
      if (filter.before) query = query.where("id", "<", filter.before);
      return query.orderBy("id", "desc").limit(filter.limit).execute();
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
