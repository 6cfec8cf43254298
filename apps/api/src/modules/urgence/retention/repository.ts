import { afterErasure, nowIso, type Database } from "@zero/db";
import type { Kysely } from "kysely";

const CHUNK = 500;

/** The deletions of Urgence's retention rule, each in its own statements (service.ts orders them). */
export function urgenceRetentionRepository(db: Kysely<Database>) {
  return {
    /** People not active whose last contact is before `cutoff`, with their owning organisation. */
    expiredPeople(cutoff: string) {
      return db
        .selectFrom("urgence_people")
        .select(["id", "organisation_id"])
        .where("list_status", "!=", "active")
        .where("last_contact_at", "<", cutoff)
        .execute();
    },

    /**
     * Erases the records (everything attached goes by cascade); a kept duplicate of one of
     * them is split off first. Then the bytes leave the engine's files (afterErasure).
     */
    async erasePeople(ids: string[]): Promise<void> {
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        await db.transaction().execute(async (trx) => {
          const now = nowIso();
          await trx
            .updateTable("urgence_people")
            .set({ merged_into_id: null, updated_at: now })
            .where("merged_into_id", "in", chunk)
            .execute();
          await trx.deleteFrom("urgence_people").where("id", "in", chunk).execute();
        });
      }
      if (ids.length > 0) await afterErasure(db);
    },

    async deleteDecidedProposals(cutoff: string): Promise<number> {
      const result = await db
        .deleteFrom("urgence_record_proposals")
        .where("status", "!=", "pending")
        .where("decided_at", "<", cutoff)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type UrgenceRetentionRepository = ReturnType<typeof urgenceRetentionRepository>;
