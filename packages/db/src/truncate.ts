import { sql } from "kysely";
import type { DatabaseHandle } from "./connection.ts";
import { URGENCE_TABLES } from "./schema-urgence.ts";

/** Tables of migration 0006 (ProConnect logins, TOTP second factor). */
const AUTH_FACTOR_TABLES = ["auth_challenges", "user_totp", "auth_oidc_sessions", "auth_oidc_attempts"];

/**
 * Empties every table, for tests only: the audit log's append-only guard is lifted for
 * the time of the truncation (TRUNCATE bypasses row triggers in PostgreSQL; SQLite has
 * no TRUNCATE, so its triggers are dropped and recreated by re-running nothing — tests
 * on SQLite use a fresh file instead and never call this).
 */
export async function truncateAll(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect !== "postgres") {
    throw new Error("truncateAll is for PostgreSQL test databases; use a fresh SQLite file");
  }
  await sql
    .raw(
      `TRUNCATE ${[...URGENCE_TABLES, "audit_log", "password_reset_tokens", ...AUTH_FACTOR_TABLES, "sessions", "memberships", "users", "organisations"].join(", ")} ` +
        "RESTART IDENTITY CASCADE",
    )
    .execute(handle.db);
}
