import type { Database } from "@zero/db";
import type { Kysely } from "kysely";

/** The one query of tonight's orientation that no other feature's repository answers. */
export function matchingRepository(db: Kysely<Database>) {
  return {
    /** What the priority reads of each candidate's person (gender, birth year), and whom the audit names. */
    async peopleOf(ids: string[]) {
      if (ids.length === 0) return [];
      return db.selectFrom("urgence_people").select(["id", "organisation_id", "gender", "birth_year"]).where("id", "in", ids).execute();
    },
  };
}

export type MatchingRepository = ReturnType<typeof matchingRepository>;
