import type { Database, Role } from "@zero/db";
import type { Kysely } from "kysely";

export function organisationsRepository(db: Kysely<Database>) {
  return {
    findById(id: string) {
      return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
    },

    members(organisationId: string) {
      return db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select(["users.id", "users.email", "users.display_name", "memberships.role", "memberships.disabled_at"])
        .where("memberships.organisation_id", "=", organisationId)
        .orderBy("users.display_name")
        .execute();
    },

    membership(organisationId: string, userId: string) {
      return db
        .selectFrom("memberships")
        .select(["role", "disabled_at"])
        .where("organisation_id", "=", organisationId)
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },

    async updateMembership(organisationId: string, userId: string, change: { role: Role; disabledAt: string | null }) {
      await db
        .updateTable("memberships")
        .set({ role: change.role, disabled_at: change.disabledAt })
        .where("organisation_id", "=", organisationId)
        .where("user_id", "=", userId)
        .execute();
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof organisationsRepository>;
