import type { Database } from "@zero/db";
import type { Kysely } from "kysely";
import { visiblePeople } from "../access-filters-repository.ts";
import type { Grants } from "../access.ts";

/** The records the duplicate search compares (service.ts): names, birth year, places. */
export function duplicatesRepository(db: Kysely<Database>) {
  return {
    /** The network's records the grants reach, merged records aside. */
    candidates(grants: Grants, networkId: string) {
      return db
        .selectFrom("urgence_people as p")
        .select(["p.id", "p.organisation_id", "p.alias", "p.first_name", "p.last_name", "p.birth_year"])
        .where((eb) => visiblePeople(eb, grants))
        .where("p.merged_into_id", "is", null)
        .where(
          "p.organisation_id",
          "in",
          db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", networkId),
        )
        .execute();
    },

    /** The sectors where each of these people was met. */
    async sectorsOf(personIds: string[]) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom("urgence_encounters")
        .select(["person_id", "sector"])
        .distinct()
        .where("sector", "is not", null)
        .where("person_id", "in", personIds)
        .execute();
    },
  };
}

export type DuplicatesRepository = ReturnType<typeof duplicatesRepository>;
