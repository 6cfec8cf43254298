import type { Database, Role } from "@zero/db";
import type { Kysely } from "kysely";

/** The queries behind "Ajouter un membre" (member-accounts.ts). */
export function memberAccountsRepository(db: Kysely<Database>) {
  return {
    async userIdByEmail(email: string): Promise<string | null> {
      const row = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
      return row?.id ?? null;
    },

    /** The new account and its first membership, together or not at all. */
    async createUserWithMembership(input: {
      id: string;
      email: string;
      displayName: string;
      passwordHash: string;
      organisationId: string;
      role: Role;
      now: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("users")
          .values({
            id: input.id,
            email: input.email,
            display_name: input.displayName,
            password_hash: input.passwordHash,
            created_at: input.now,
            disabled_at: null,
          })
          .execute();
        await trx
          .insertInto("memberships")
          .values({ user_id: input.id, organisation_id: input.organisationId, role: input.role, created_at: input.now })
          .execute();
      });
    },

    async isMember(userId: string, organisationId: string): Promise<boolean> {
      const row = await db
        .selectFrom("memberships")
        .select("user_id")
        .where("user_id", "=", userId)
        .where("organisation_id", "=", organisationId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async addMembership(userId: string, organisationId: string, role: Role, now: string): Promise<void> {
      await db.insertInto("memberships").values({ user_id: userId, organisation_id: organisationId, role, created_at: now }).execute();
    },
  };
}

export type MemberAccountsRepository = ReturnType<typeof memberAccountsRepository>;
