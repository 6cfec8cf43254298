import { nowIso, uuidv7, type Database, type Role } from "@zero/db";
import type { Kysely } from "kysely";

export function organisationsRepository(db: Kysely<Database>) {
  return {
    findById(id: string) {
      return db
        .selectFrom("organisations")
        .select(["id", "name", "kind"])
        .where("id", "=", id)
        .executeTakeFirst();
    },

    members(organisationId: string) {
      return db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select(["users.id", "users.email", "users.display_name", "memberships.role"])
        .where("memberships.organisation_id", "=", organisationId)
        .orderBy("users.display_name")
        .execute();
    },

    async emailExists(email: string): Promise<boolean> {
      const row = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
      return row !== undefined;
    },

    /** Creates the account and its membership together, or neither. */
    async createMember(input: {
      organisationId: string;
      email: string;
      displayName: string;
      role: Role;
      passwordHash: string;
    }): Promise<string> {
      const id = uuidv7();
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("users")
          .values({
            id,
            email: input.email,
            display_name: input.displayName,
            password_hash: input.passwordHash,
            created_at: now,
            disabled_at: null,
          })
          .execute();
        await trx
          .insertInto("memberships")
          .values({ user_id: id, organisation_id: input.organisationId, role: input.role, created_at: now })
          .execute();
      });
      return id;
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof organisationsRepository>;
