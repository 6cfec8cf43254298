import { uuidv7, type Database, type UrgenceTables } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { Insertable, Kysely } from "kysely";
import { statusReason } from "../people/view.ts";

type EncounterRow = UrgenceTables["urgence_encounters"];
const OUTDOORS = ["street", "squat", "tent", "car"];

/** Notes, address and needs expressed are sealed on write and opened on read (ADR 0019). */
export function encountersRepository(db: Kysely<Database>, fields: FieldCipher) {
  return {
    /**
     * Records the encounter and brings the person's last contact forward. Meeting an
     * inactive person makes them active again (returned from inactive); meeting a housed
     * person outdoors, too (returned from housing).
     */
    async create(row: Insertable<EncounterRow>): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const sealed = fields.sealFields("urgence_encounters", row.id, row);
        await trx.insertInto("urgence_encounters").values(sealed).execute();
        if (!row.person_id) return;
        const person = await trx
          .selectFrom("urgence_people")
          .select(["list_status", "last_contact_at"])
          .where("id", "=", row.person_id)
          .executeTakeFirstOrThrow();
        const later = row.occurred_at > person.last_contact_at;
        const reactivate =
          later && (person.list_status === "inactive" || (person.list_status === "housed" && OUTDOORS.includes(row.living_situation)));
        await trx
          .updateTable("urgence_people")
          .set({
            last_contact_at: later ? row.occurred_at : person.last_contact_at,
            updated_at: row.created_at,
            ...(reactivate ? { list_status: "active" as const, status_changed_at: row.occurred_at } : {}),
          })
          .where("id", "=", row.person_id)
          .execute();
        if (reactivate) {
          await trx
            .insertInto("urgence_status_events")
            .values({
              id: uuidv7(),
              person_id: row.person_id,
              at: row.occurred_at,
              from_status: person.list_status,
              to_status: "active",
              reason: statusReason(person.list_status, "active"),
              actor_user_id: row.recorded_by_user_id,
            })
            .execute();
        }
      });
    },

    async list(organisationId: string, from: string | undefined, to: string | undefined, limit: number) {
      let query = db.selectFrom("urgence_encounters").selectAll().where("organisation_id", "=", organisationId);
      if (from) query = query.where("occurred_at", ">=", from);
      if (to) query = query.where("occurred_at", "<", to);
      const rows = await query.orderBy("occurred_at", "desc").limit(limit).execute();
      return rows.map((r) => fields.openRow("urgence_encounters", r));
    },
  };
}

export type EncountersRepository = ReturnType<typeof encountersRepository>;
