import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { sqliteFileOf } from "./database-url.ts";
import type { DialectName } from "./dialect.ts";

export type { DialectName };
import type { Database } from "./modules.ts";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, without credentials (safe to log). */
  description: string;
  close(): Promise<void>;
}

export class DatabaseUrlError extends Error {}

/** The application_name of every PostgreSQL connection opened by openDatabase. */
export const ZERO_APPLICATION_NAME = "zero";

/** True when the URL names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The one place that knows the two engines apart. A `postgres://` URL gives PostgreSQL;
 * anything else is an SQLite file path (`:memory:` for a throwaway database).
 */
export function openDatabase(url: string): DatabaseHandle {
  if (isPostgresUrl(url)) return openPostgres(url);
  if (url.trim() === "") throw new DatabaseUrlError("DATABASE_URL is empty");
  return openSqlite(url);
}

function openSqlite(path: string): DatabaseHandle {
  const file = sqliteFileOf(path);
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers work while a writer commits; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Erasure is erasure: deleted rows are overwritten with zeros, not left in free pages
  // (the WAL is emptied after an erasure: lifecycle.ts, afterErasure).
  sqlite.pragma("secure_delete = ON");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: "sqlite",
    description: `sqlite:${file}`,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): DatabaseHandle {
  // Named, so that `zero restore` can tell a running Zéro server from other sessions (pg_stat_activity).
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: ZERO_APPLICATION_NAME });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const parsed = new URL(url);
  return {
    db,
    dialect: "postgres",
    description: `postgres://${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`,
    close: () => db.destroy(),
  };
}
