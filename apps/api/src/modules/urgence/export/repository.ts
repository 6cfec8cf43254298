import type { Database } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { Kysely } from "kysely";

/**
 * Everything held about a group of records (a person and the records merged into it), read
 * for an export; the columns sealed at rest are opened (ADR 0019).
 */
export function exportRepository(db: Kysely<Database>, fields: FieldCipher) {
  async function names(table: "organisations" | "urgence_structures", ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await db.selectFrom(table).select(["id", "name"]).where("id", "in", unique).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  return {
    /** Ids of the records merged into `rootId`, the root first. */
    async group(rootId: string): Promise<string[]> {
      const rows = await db.selectFrom("urgence_people").select("id").where("merged_into_id", "=", rootId).orderBy("id").execute();
      return [rootId, ...rows.map((r) => r.id)];
    },

    async people(ids: string[]) {
      const rows = await db.selectFrom("urgence_people").selectAll().where("id", "in", ids).execute();
      return rows.map((r) => fields.openRow("urgence_people", r));
    },

    organisationNames: (ids: string[]) => names("organisations", ids),
    structureNames: (ids: string[]) => names("urgence_structures", ids),

    async records(ids: string[]) {
      const statuses = db.selectFrom("urgence_status_events").selectAll().where("person_id", "in", ids);
      const consents = db.selectFrom("urgence_consents").selectAll().where("person_id", "in", ids);
      const encounters = db.selectFrom("urgence_encounters").selectAll().where("person_id", "in", ids);
      const requests = db.selectFrom("urgence_requests").selectAll().where("person_id", "in", ids);
      const events = db.selectFrom("urgence_request_events").selectAll().where("person_id", "in", ids);
      const unmet = db.selectFrom("urgence_unmet_nights").selectAll().where("person_id", "in", ids);
      const proposals = db.selectFrom("urgence_record_proposals").selectAll().where("person_id", "in", ids);
      // Oldest first, ties broken by id (UUIDv7): the same order on both engines.
      const rows = await Promise.all([
        statuses.orderBy("at").orderBy("id").execute(),
        consents.orderBy("given_at").orderBy("id").execute(),
        encounters.orderBy("occurred_at").orderBy("id").execute(),
        requests.orderBy("opened_at").orderBy("id").execute(),
        events.orderBy("at").orderBy("id").execute(),
        unmet.orderBy("night").orderBy("request_id").execute(),
        proposals.orderBy("proposed_at").orderBy("id").execute(),
      ]);
      const consentIds = rows[1].map((c) => c.id);
      const audiences = consentIds.length
        ? await db.selectFrom("urgence_consent_audiences").selectAll().where("consent_id", "in", consentIds).execute()
        : [];
      return {
        statuses: rows[0],
        consents: rows[1],
        audiences,
        encounters: rows[2].map((e) => fields.openRow("urgence_encounters", e)),
        requests: rows[3].map((r) => fields.openRow("urgence_requests", r)),
        events: rows[4],
        unmet: rows[5],
        proposals: rows[6],
      };
    },

    /** The audit entries of the records, their encounters and requests: who read or changed what, oldest first. */
    accessLog(refs: { people: string[]; encounters: string[]; requests: string[] }) {
      return db
        .selectFrom("audit_log")
        .select(["id", "at", "actor_organisation_id", "action", "resource_type", "resource_id", "purpose", "outcome"])
        .where((eb) => {
          const ors = [eb.and([eb("resource_type", "=", "urgence_person"), eb("resource_id", "in", refs.people)])];
          if (refs.encounters.length) {
            ors.push(eb.and([eb("resource_type", "=", "urgence_encounter"), eb("resource_id", "in", refs.encounters)]));
          }
          if (refs.requests.length) {
            ors.push(eb.and([eb("resource_type", "=", "urgence_request"), eb("resource_id", "in", refs.requests)]));
          }
          return eb.or(ors);
        })
        .orderBy("id")
        .execute();
    },
  };
}

export type ExportRepository = ReturnType<typeof exportRepository>;
export type ExportRecords = Awaited<ReturnType<ExportRepository["records"]>>;
export type ExportAuditRow = Awaited<ReturnType<ExportRepository["accessLog"]>>[number];
