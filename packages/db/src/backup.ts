import { isPostgresUrl } from "./connection.ts";
import { backupPostgres, restorePostgres } from "./backup/postgres-backup.ts";
import { backupSqlite, restoreSqlite } from "./backup/sqlite-backup.ts";
import type { BackupOptions, BackupSummary } from "./backup/summary.ts";

// `zero backup` and `zero restore` (docs/operations.md): one entry per direction, the engine
// told by the URL as openDatabase does.

/** Writes a consistent copy of the database named by `url` into `file` (the server may keep running). */
export function backupDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  return isPostgresUrl(url) ? backupPostgres(url, file, options) : backupSqlite(url, file, options);
}

/** Replaces the database named by `url` with the backup in `file`, after checking it (the server must be stopped). */
export function restoreDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  return isPostgresUrl(url) ? restorePostgres(url, file, options) : restoreSqlite(url, file, options);
}

export { BackupError, type BackupErrorCode } from "./backup/errors.ts";
export type { BackupOptions, BackupSummary } from "./backup/summary.ts";
