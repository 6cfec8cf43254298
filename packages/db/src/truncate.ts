import { sql } from "kysely";
import type { DatabaseHandle } from "./connection.ts";

/**
 * Empties every table the migrations created, for tests only: the list is read from the
 * database itself (all tables of the current schema but Kysely's migration bookkeeping), so
 * a new module's tables are emptied without being named anywhere. One TRUNCATE … CASCADE
 * needs no order between tables, and bypasses the audit log's append-only row triggers.
 * SQLite has no TRUNCATE: tests on SQLite use a fresh file instead and never call this.
 */
export async function truncateAll(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect !== "postgres") {
    throw new Error("truncateAll is for PostgreSQL test databases; use a fresh SQLite file");
  }
  const { rows } = await sql<{ tablename: string }>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_migration%'
    ORDER BY tablename`.execute(handle.db);
  if (rows.length === 0) return;
  const tables = rows.map((r) => `"${r.tablename.replaceAll('"', '""')}"`).join(", ");
  await sql.raw(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`).execute(handle.db);
}
