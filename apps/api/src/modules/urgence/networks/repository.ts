import { nowIso, type Database } from "@zero/db";
import type { Kysely } from "kysely";

export function networksRepository(db: Kysely<Database>) {
  return {
    organisationExists(id: string) {
      return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
    },

    async add(siaoOrganisationId: string, organisationId: string): Promise<void> {
      await db.insertInto("urgence_network_members").values({ organisation_id: organisationId, siao_organisation_id: siaoOrganisationId, created_at: nowIso() }).execute();
    },

    /** Leaving the network also removes the organisation's sectors in it. */
    async remove(siaoOrganisationId: string, organisationId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("urgence_sectors").where("siao_organisation_id", "=", siaoOrganisationId).where("organisation_id", "=", organisationId).execute();
        await trx.deleteFrom("urgence_network_members").where("siao_organisation_id", "=", siaoOrganisationId).where("organisation_id", "=", organisationId).execute();
      });
    },
  };
}

export type NetworksRepository = ReturnType<typeof networksRepository>;
