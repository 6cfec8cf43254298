import type { Database } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { Kysely } from "kysely";

/** Located encounters for the map: never the person, the notes or who recorded it. */
export function mapRepository(db: Kysely<Database>, fields: FieldCipher) {
  return {
    /** The address is opened here (ADR 0019); the id only names the row it is sealed for. */
    async encounters(scope: { networkId: string } | { organisationIds: string[] }, from: string, to: string, limit: number) {
      const orgs =
        "networkId" in scope
          ? db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", scope.networkId)
          : scope.organisationIds;
      const rows = await db
        .selectFrom("urgence_encounters")
        .select(["id", "occurred_at", "living_situation", "organisation_id", "latitude", "longitude", "address"])
        .select("sector")
        .where("organisation_id", "in", orgs)
        .where("occurred_at", ">=", from)
        .where("occurred_at", "<", to)
        .where("latitude", "is not", null)
        .where("longitude", "is not", null)
        .orderBy("occurred_at", "desc")
        .limit(limit)
        .execute();
      return rows.map(({ id, ...row }) => ({
        ...row,
        address: row.address && fields.open({ table: "urgence_encounters", column: "address", id }, row.address),
      }));
    },
  };
}

export type MapRepository = ReturnType<typeof mapRepository>;
