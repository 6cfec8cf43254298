import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { sqliteFileOf } from "../database-url.ts";
import { BackupError } from "./errors.ts";
import { backupKindOf, moveInto, privateTempFile, refuseExisting, removeWithSidecars, requireBackupFile } from "./files.ts";
import { checkMigrationsKnown, MIGRATION_TABLE } from "./migrations-check.ts";
import type { BackupOptions, BackupSummary } from "./summary.ts";

// SQLite: the backup is SQLite's online backup (better-sqlite3's db.backup), a consistent copy
// even while the server writes; the restore checks a private copy of the file, then puts it in
// place of the database by a rename, once no other process has the database open.

function databaseFile(url: string): string {
  const file = sqliteFileOf(url);
  if (file === ":memory:") {
    throw new BackupError("DATABASE_IN_MEMORY", "base en mémoire (:memory:) : rien à sauvegarder ni à restaurer");
  }
  return resolve(file);
}

function migrationNames(db: SQLite.Database): string[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATION_TABLE);
  if (!table) return [];
  return db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).pluck().all() as string[];
}

/** PRAGMA integrity_check answers "ok", or lists what is damaged. */
function checkIntegrity(db: SQLite.Database, file: string): void {
  const problems = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  const first = problems[0]?.integrity_check;
  if (first !== "ok") {
    const problem = String(first).slice(0, 200);
    throw new BackupError("BACKUP_DAMAGED", `${file} est endommagé (PRAGMA integrity_check : ${problem})`);
  }
}

function isSqliteError(error: unknown, ...codes: string[]): boolean {
  return error instanceof SQLite.SqliteError && codes.some((code) => error.code.startsWith(code));
}

export async function backupSqlite(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const source = databaseFile(url);
  if (!existsSync(source)) {
    throw new BackupError("DATABASE_MISSING", `la base SQLite ${source} n'existe pas : rien à sauvegarder (vérifiez DATABASE_URL)`);
  }
  refuseExisting(file, options.force ?? false);
  const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    const names = migrationNames(db);
    if (names.length === 0) {
      throw new BackupError("NOT_A_ZERO_DATABASE", `${source} n'est pas une base Zéro (pas de table ${MIGRATION_TABLE})`);
    }
    const temp = privateTempFile(file);
    try {
      await db.backup(temp);
      const copy = new SQLite(temp, { fileMustExist: true });
      try {
        // One self-contained file: no -wal beside it (the server turns WAL on again when it opens it).
        copy.pragma("journal_mode = DELETE");
        checkIntegrity(copy, file);
      } finally {
        copy.close();
      }
      chmodSync(temp, 0o600);
      moveInto(temp, file);
    } catch (error) {
      removeWithSidecars(temp);
      throw error;
    }
    return {
      dialect: "sqlite",
      database: `sqlite:${source}`,
      file,
      bytes: statSync(file).size,
      lastMigration: names.at(-1)!,
    };
  } finally {
    db.close();
  }
}

/** Checks the private copy of a backup: a sound SQLite file, a Zéro database this version can run. */
function checkCopy(copyPath: string, file: string): string {
  let copy: SQLite.Database | undefined;
  try {
    copy = new SQLite(copyPath, { fileMustExist: true });
    checkIntegrity(copy, file);
    const last = checkMigrationsKnown(migrationNames(copy), file);
    copy.pragma("journal_mode = DELETE");
    return last;
  } catch (error) {
    if (isSqliteError(error, "SQLITE_CORRUPT", "SQLITE_NOTADB")) {
      throw new BackupError("BACKUP_DAMAGED", `${file} est endommagé : ce n'est pas une base SQLite lisible`);
    }
    throw error;
  } finally {
    copy?.close();
  }
}

/**
 * The database about to be replaced: no other process may hold it open (an exclusive lock,
 * refused while the server runs), and its data is replaced only with --force.
 * Returns how many of its tables hold rows.
 */
function inspectTarget(target: string, force: boolean): number {
  const db = new SQLite(target, { fileMustExist: true, timeout: 1000 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' " +
          "AND name NOT LIKE 'kysely\\_migration%' ESCAPE '\\'",
      )
      .pluck()
      .all() as string[];
    const holdsRows = (t: string) =>
      db
        .prepare(`SELECT EXISTS (SELECT 1 FROM "${t.replaceAll('"', '""')}")`)
        .pluck()
        .get() === 1;
    const filled = tables.filter(holdsRows);
    db.exec("ROLLBACK");
    if (filled.length > 0 && !force) {
      throw new BackupError(
        "TARGET_HOLDS_DATA",
        `la base ${target} contient des données (${filled.length} tables non vides) : ` +
          "ajoutez --force pour les remplacer par la sauvegarde",
      );
    }
    return filled.length;
  } catch (error) {
    if (isSqliteError(error, "SQLITE_BUSY", "SQLITE_LOCKED")) {
      throw new BackupError(
        "DATABASE_IN_USE",
        `la base ${target} est ouverte par un autre processus (le serveur Zéro tourne-t-il ?) : ` + "arrêtez-le avant de restaurer",
      );
    }
    if (isSqliteError(error, "SQLITE_CORRUPT", "SQLITE_NOTADB")) {
      if (force) return 0;
      throw new BackupError(
        "TARGET_UNREADABLE",
        `la base ${target} est illisible (endommagée ?) : ajoutez --force pour la remplacer par la sauvegarde`,
      );
    }
    throw error;
  } finally {
    db.close();
  }
}

export async function restoreSqlite(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  requireBackupFile(file);
  const kind = backupKindOf(file);
  if (kind === "pg-custom") {
    throw new BackupError(
      "BACKUP_ENGINE_MISMATCH",
      `${file} est une sauvegarde PostgreSQL (pg_dump) : DATABASE_URL désigne une base SQLite`,
    );
  }
  if (kind !== "sqlite") {
    throw new BackupError("NOT_A_BACKUP", `${file} n'est pas une sauvegarde Zéro (ni base SQLite, ni archive pg_dump)`);
  }
  const target = databaseFile(url);
  mkdirSync(dirname(target), { recursive: true });
  const temp = privateTempFile(target);
  try {
    copyFileSync(file, temp);
    chmodSync(temp, 0o600);
    const lastMigration = checkCopy(temp, file);
    const previous = statSync(target, { throwIfNoEntry: false });
    const replacedTables = previous ? inspectTarget(target, options.force ?? false) : 0;
    if (previous) keepOwnership(temp, previous);
    // The old database's -wal and -shm belong to it: left beside the new file, SQLite would
    // replay them into it.
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
    moveInto(temp, target);
    return {
      dialect: "sqlite",
      database: `sqlite:${target}`,
      file,
      bytes: statSync(target).size,
      lastMigration,
      replacedTables,
    };
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

/** The restored file keeps the mode and owner of the one it replaces (the server's account must open it). */
function keepOwnership(path: string, previous: { mode: number; uid: number; gid: number }): void {
  chmodSync(path, previous.mode & 0o777);
  try {
    chownSync(path, previous.uid, previous.gid);
  } catch {
    // Only root may give a file away; run as the server's account, the owner is already right.
  }
}
