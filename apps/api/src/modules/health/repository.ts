import type { Database } from "@zero/db";
import { sql, type Kysely } from "kysely";

/** The one query of the health check: whether the database answers at all. */
export function healthRepository(db: Kysely<Database>) {
  return {
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },
  };
}
