import { PostgresAdapter, sql, SqliteAdapter, type Kysely } from "kysely";
import type { DatabaseHandle, DialectName } from "./connection.ts";
import type { Database } from "./modules.ts";

// The end of data's life, said once for both engines (docs/operations.md, "Erasure"):
// the services call these functions and never write engine-specific SQL themselves.

type Target = DatabaseHandle | Kysely<Database>;

function isHandle(target: Target): target is DatabaseHandle {
  return "dialect" in target && "db" in target;
}

/** The engine behind a Kysely instance made by openDatabase (or a transaction of it). */
export function dialectOf(target: Target): DialectName {
  if (isHandle(target)) return target.dialect;
  const adapter = target.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "sqlite";
  if (adapter instanceof PostgresAdapter) return "postgres";
  throw new Error("unknown database adapter");
}

export interface ErasureFlush {
  dialect: DialectName;
  /**
   * SQLite: the write-ahead log was copied into the database file and emptied (its frames
   * held the rows as they were before the deletion). False when another connection kept
   * reading during every attempt: the frames then stay until the next checkpoint.
   */
  walEmptied: boolean;
}

const CHECKPOINT_ATTEMPTS = 20;
const CHECKPOINT_PAUSE_MS = 50;

/**
 * Call after deleting a person's records. SQLite (with `secure_delete = ON`, connection.ts)
 * has zeroed the deleted cells; a TRUNCATE checkpoint then writes those pages into the file
 * and empties the `-wal` file, where the rows' earlier versions still were. PostgreSQL keeps
 * deleted rows as dead tuples until VACUUM and in its WAL segments until they are recycled:
 * nothing is done per erasure, the vacuum schedule is an operations matter (docs/operations.md).
 */
export async function afterErasure(target: Target): Promise<ErasureFlush> {
  const dialect = dialectOf(target);
  if (dialect !== "sqlite") return { dialect, walEmptied: false };
  const db = isHandle(target) ? target.db : target;
  for (let attempt = 0; attempt < CHECKPOINT_ATTEMPTS; attempt++) {
    const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    if (rows[0]?.busy === 0) return { dialect, walEmptied: true };
    await new Promise((done) => setTimeout(done, CHECKPOINT_PAUSE_MS));
  }
  return { dialect, walEmptied: false };
}

/**
 * Deletes the audit entries older than `cutoff` (ISO-8601): the one path that lifts the
 * append-only guard (ADR 0006). The guard of migration 0008 lets a DELETE through only for
 * entries older than a cutoff written in `audit_log_purge_window`, a row that exists only
 * inside this transaction; any other UPDATE or DELETE is still refused by the database.
 */
export async function purgeAuditLogBefore(target: Target, cutoff: string): Promise<number> {
  const db = isHandle(target) ? target.db : target;
  return db.transaction().execute(async (trx) => {
    await sql`INSERT INTO audit_log_purge_window (cutoff) VALUES (${cutoff})`.execute(trx);
    const result = await trx.deleteFrom("audit_log").where("at", "<", cutoff).executeTakeFirst();
    await sql`DELETE FROM audit_log_purge_window`.execute(trx);
    return Number(result.numDeletedRows);
  });
}
