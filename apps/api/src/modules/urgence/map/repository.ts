import type { Database } from "@zero/db";
import type { Kysely } from "kysely";

/** Located encounters for the map: never the person, the notes or who recorded it. */
export function mapRepository(db: Kysely<Database>) {
  return {
    encounters(scope: { networkId: string } | { organisationIds: string[] }, from: string, to: string, limit: number) {
      const orgs =
        "networkId" in scope
          ? db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", scope.networkId)
          : scope.organisationIds;
      return db
        .selectFrom("urgence_encounters")
        .select(["occurred_at", "living_situation", "organisation_id", "latitude", "longitude", "address", "sector"])
        .where("organisation_id", "in", orgs)
        .where("occurred_at", ">=", from)
        .where("occurred_at", "<", to)
        .where("latitude", "is not", null)
        .where("longitude", "is not", null)
        .orderBy("occurred_at", "desc")
        .limit(limit)
        .execute();
    },
  };
}

export type MapRepository = ReturnType<typeof mapRepository>;
