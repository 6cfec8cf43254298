import type { Database } from "@zero/db";
import type { Kysely } from "kysely";

/** The queries of password change and reset, and of a person's session list (account-service.ts). */
export function accountRepository(db: Kysely<Database>) {
  return {
    findUserById(userId: string) {
      return db
        .selectFrom("users")
        .select(["id", "email", "display_name", "password_hash", "disabled_at"])
        .where("id", "=", userId)
        .executeTakeFirst();
    },

    /** A person's open sessions, the most recently used first; the token hash stays here. */
    async sessionsOf(userId: string, now: string) {
      return db
        .selectFrom("sessions")
        .select(["id", "token_hash", "created_at", "last_seen_at", "expires_at"])
        .where("user_id", "=", userId)
        .where("expires_at", ">=", now)
        .orderBy("last_seen_at", "desc")
        .orderBy("created_at", "desc")
        .execute();
    },

    /** Deletes one of the person's sessions by its public id; false when it is not theirs or not there. */
    async deleteSessionById(userId: string, sessionId: string): Promise<{ tokenHash: string } | null> {
      const row = await db
        .selectFrom("sessions")
        .select("token_hash")
        .where("id", "=", sessionId)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (!row) return null;
      await db.deleteFrom("sessions").where("token_hash", "=", row.token_hash).execute();
      return { tokenHash: row.token_hash };
    },

    /** Every session of the person but `keepTokenHash` (null: all of them); the number closed. */
    async deleteSessionsOf(userId: string, keepTokenHash: string | null): Promise<number> {
      let query = db.deleteFrom("sessions").where("user_id", "=", userId);
      if (keepTokenHash !== null) query = query.where("token_hash", "!=", keepTokenHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Keeps the person's `max` newest sessions and closes the older ones; the number closed. */
    async capSessions(userId: string, max: number): Promise<number> {
      const extra = await db
        .selectFrom("sessions")
        .select("token_hash")
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .offset(max)
        .limit(1000)
        .execute();
      if (extra.length === 0) return 0;
      const hashes = extra.map((r) => r.token_hash);
      await db.deleteFrom("sessions").where("token_hash", "in", hashes).execute();
      return hashes.length;
    },

    async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
      await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
    },

    async insertResetToken(row: { token_hash: string; user_id: string; created_at: string; expires_at: string }) {
      await db
        .insertInto("password_reset_tokens")
        .values({ ...row, used_at: null })
        .execute();
    },

    /** Reset links sent to the person since `since`, used or not: the per-account limit. */
    async resetTokensSince(userId: string, since: string): Promise<number> {
      const row = await db
        .selectFrom("password_reset_tokens")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("user_id", "=", userId)
        .where("created_at", ">=", since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The live (unused, unexpired) token with this hash. */
    findLiveResetToken(tokenHash: string, now: string) {
      return db
        .selectFrom("password_reset_tokens")
        .select(["token_hash", "user_id", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirst();
    },

    /**
     * Spends the token and sets the new password, in one transaction: of two requests with the
     * same link, one only finds it unused. Every other link of the person dies with it, and
     * every session and pending login step is closed. False when the token was already spent.
     */
    async resetPassword(input: { tokenHash: string; userId: string; passwordHash: string; now: string }) {
      return db.transaction().execute(async (trx) => {
        const spent = await trx
          .updateTable("password_reset_tokens")
          .set({ used_at: input.now })
          .where("token_hash", "=", input.tokenHash)
          .where("used_at", "is", null)
          .where("expires_at", ">", input.now)
          .executeTakeFirst();
        if (Number(spent.numUpdatedRows) !== 1) return null;
        await trx
          .updateTable("password_reset_tokens")
          .set({ used_at: input.now })
          .where("user_id", "=", input.userId)
          .where("used_at", "is", null)
          .execute();
        await trx.updateTable("users").set({ password_hash: input.passwordHash }).where("id", "=", input.userId).execute();
        const sessions = await trx.deleteFrom("sessions").where("user_id", "=", input.userId).executeTakeFirst();
        await trx.deleteFrom("auth_challenges").where("user_id", "=", input.userId).execute();
        return { revokedSessions: Number(sessions.numDeletedRows) };
      });
    },

    /** After a password change: the reset links still out no longer work. */
    async spendResetTokensOf(userId: string, now: string): Promise<void> {
      await db
        .updateTable("password_reset_tokens")
        .set({ used_at: now })
        .where("user_id", "=", userId)
        .where("used_at", "is", null)
        .execute();
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
