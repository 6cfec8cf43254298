import type { Database, UrgenceTables } from "@zero/db";
import type { Kysely, Updateable } from "kysely";

type SectorRow = UrgenceTables["urgence_sectors"];

export function sectorsRepository(db: Kysely<Database>) {
  return {
    inNetwork(siaoOrganisationId: string) {
      return db.selectFrom("urgence_sectors").selectAll().where("siao_organisation_id", "=", siaoOrganisationId).orderBy("name").execute();
    },

    find(id: string) {
      return db.selectFrom("urgence_sectors").selectAll().where("id", "=", id).executeTakeFirst();
    },

    /** Another sector of the network already named `name` (names are unique per network). */
    async nameTaken(siaoOrganisationId: string, name: string, exceptId?: string): Promise<boolean> {
      let query = db
        .selectFrom("urgence_sectors")
        .select("id")
        .where("siao_organisation_id", "=", siaoOrganisationId)
        .where("name", "=", name);
      if (exceptId) query = query.where("id", "!=", exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async create(row: SectorRow): Promise<void> {
      await db.insertInto("urgence_sectors").values(row).execute();
    },

    async update(id: string, fields: Updateable<SectorRow>): Promise<void> {
      await db.updateTable("urgence_sectors").set(fields).where("id", "=", id).execute();
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom("urgence_sectors").where("id", "=", id).execute();
    },
  };
}

export type SectorsRepository = ReturnType<typeof sectorsRepository>;
