import type { Database } from "@zero/db";
import type { Kysely } from "kysely";

export type ChallengeKind = "totp_login" | "totp_enrolment";

export function totpRepository(db: Kysely<Database>) {
  return {
    findUser(userId: string) {
      return db.selectFrom("users").select(["id", "email", "display_name", "disabled_at"]).where("id", "=", userId).executeTakeFirst();
    },

    findTotp(userId: string) {
      return db
        .selectFrom("user_totp")
        .select(["secret_box", "confirmed_at", "last_used_step"])
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },

    /** A new secret waiting for its first code, in place of any earlier unconfirmed one. */
    async savePending(userId: string, secretBox: string, now: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("user_totp").where("user_id", "=", userId).where("confirmed_at", "is", null).execute();
        await trx
          .insertInto("user_totp")
          .values({ user_id: userId, secret_box: secretBox, confirmed_at: null, last_used_step: null, created_at: now })
          .execute();
      });
    },

    /**
     * Records `step` as used, only when it comes after the last used one (one UPDATE, so two
     * requests with the same code cannot both pass); `confirm` also turns a pending secret on.
     */
    async useStep(userId: string, step: number, confirm: { at: string } | null): Promise<boolean> {
      let query = db
        .updateTable("user_totp")
        .set(confirm ? { last_used_step: step, confirmed_at: confirm.at } : { last_used_step: step })
        .where("user_id", "=", userId)
        .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", step)]));
      query = confirm ? query.where("confirmed_at", "is", null) : query.where("confirmed_at", "is not", null);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async deleteTotp(userId: string): Promise<void> {
      await db.deleteFrom("user_totp").where("user_id", "=", userId).execute();
    },

    async insertChallenge(row: {
      token_hash: string;
      user_id: string;
      kind: ChallengeKind;
      created_at: string;
      expires_at: string;
    }): Promise<void> {
      await db
        .insertInto("auth_challenges")
        .values({ ...row, attempts: 0 })
        .execute();
    },

    findChallenge(tokenHash: string) {
      return db
        .selectFrom("auth_challenges")
        .select(["user_id", "kind", "attempts", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
    },

    /** Counts one wrong code against the challenge (CHALLENGE_MAX_ATTEMPTS). */
    async countAttempt(tokenHash: string): Promise<void> {
      await db
        .updateTable("auth_challenges")
        .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
        .where("token_hash", "=", tokenHash)
        .execute();
    },

    async deleteChallenge(tokenHash: string): Promise<void> {
      await db.deleteFrom("auth_challenges").where("token_hash", "=", tokenHash).execute();
    },

    async deleteExpiredChallenges(now: string): Promise<void> {
      await db.deleteFrom("auth_challenges").where("expires_at", "<", now).execute();
    },
  };
}

export type TotpRepository = ReturnType<typeof totpRepository>;
