import { purgeAuditLogBefore, type Database } from "@zero/db";
import type { Kysely } from "kysely";

/** The platform's deletions of the retention purge (service.ts orders them; modules bring their own rules). */
export function retentionRepository(db: Kysely<Database>) {
  return {
    /** Sessions, reset links and login steps past their expiry: nothing to keep. */
    async deleteExpiredAuth(now: string): Promise<number> {
      let deleted = 0;
      for (const table of ["sessions", "password_reset_tokens", "auth_challenges", "auth_oidc_attempts"] as const) {
        const result = await db.deleteFrom(table).where("expires_at", "<", now).executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      return deleted;
    },

    purgeAudit(cutoff: string): Promise<number> {
      return purgeAuditLogBefore(db, cutoff);
    },
  };
}

export type RetentionRepository = ReturnType<typeof retentionRepository>;
