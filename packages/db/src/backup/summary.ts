import type { DialectName } from "../connection.ts";

export interface BackupOptions {
  /** backup: replace an existing file; restore: replace a database that holds data. */
  force?: boolean;
}

/** What the command prints: where, how big, which schema; never a row's content. */
export interface BackupSummary {
  dialect: DialectName;
  /** The database, without credentials. */
  database: string;
  file: string;
  bytes: number;
  /** The last migration recorded in the backup. */
  lastMigration: string;
  /** Tables with data in the database before a restore (0 when it was new or empty). */
  replacedTables?: number;
}
