import type { Database } from "@zero/db";
import type { Kysely } from "kysely";

export interface OidcAttempt {
  nonce: string;
  code_verifier: string;
  return_to: string | null;
  expires_at: string;
}

export function proconnectRepository(db: Kysely<Database>) {
  return {
    async insertAttempt(row: {
      state_hash: string;
      nonce: string;
      code_verifier: string;
      return_to: string | null;
      created_at: string;
      expires_at: string;
    }): Promise<void> {
      await db.deleteFrom("auth_oidc_attempts").where("expires_at", "<", row.created_at).execute();
      await db.insertInto("auth_oidc_attempts").values(row).execute();
    },

    /** The attempt of a state, removed in the same step: a state serves once, even under a race. */
    async takeAttempt(stateHash: string): Promise<OidcAttempt | null> {
      const row = await db
        .selectFrom("auth_oidc_attempts")
        .select(["nonce", "code_verifier", "return_to", "expires_at"])
        .where("state_hash", "=", stateHash)
        .executeTakeFirst();
      if (!row) return null;
      const deleted = await db.deleteFrom("auth_oidc_attempts").where("state_hash", "=", stateHash).executeTakeFirst();
      return Number(deleted.numDeletedRows) === 1 ? row : null;
    },

    findOrganisationBySiret(siret: string) {
      return db.selectFrom("organisations").select(["id"]).where("siret", "=", siret).executeTakeFirst();
    },

    /** An active account with an active membership in that organisation, by e-mail address. */
    findMember(email: string, organisationId: string) {
      return db
        .selectFrom("users")
        .innerJoin("memberships", "memberships.user_id", "users.id")
        .select(["users.id", "users.email", "users.display_name"])
        .where("users.email", "=", email)
        .where("users.disabled_at", "is", null)
        .where("memberships.organisation_id", "=", organisationId)
        .where("memberships.disabled_at", "is", null)
        .executeTakeFirst();
    },

    async saveIdToken(sessionTokenHash: string, idToken: string, now: string): Promise<void> {
      await db
        .insertInto("auth_oidc_sessions")
        .values({ session_token_hash: sessionTokenHash, id_token: idToken, created_at: now })
        .execute();
    },

    async idTokenOf(sessionTokenHash: string): Promise<string | null> {
      const row = await db
        .selectFrom("auth_oidc_sessions")
        .select("id_token")
        .where("session_token_hash", "=", sessionTokenHash)
        .executeTakeFirst();
      return row?.id_token ?? null;
    },
  };
}

export type ProConnectRepository = ReturnType<typeof proconnectRepository>;
