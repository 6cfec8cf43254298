import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { BackupError } from "./errors.ts";

export type BackupKind = "sqlite" | "pg-custom" | "unknown";

const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");
const PG_CUSTOM_MAGIC = Buffer.from("PGDMP", "latin1");

/** What a backup file holds, told by its first bytes (an SQLite file, or an archive of pg_dump -Fc). */
export function backupKindOf(file: string): BackupKind {
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(file, "r");
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read === SQLITE_MAGIC.length && head.equals(SQLITE_MAGIC)) return "sqlite";
  if (read >= PG_CUSTOM_MAGIC.length && head.subarray(0, PG_CUSTOM_MAGIC.length).equals(PG_CUSTOM_MAGIC)) {
    return "pg-custom";
  }
  return "unknown";
}

/** The backup to restore: it must exist and be a file. */
export function requireBackupFile(file: string): void {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new BackupError("BACKUP_FILE_MISSING", `fichier de sauvegarde introuvable : ${file}`);
  if (!stat.isFile()) throw new BackupError("BACKUP_FILE_MISSING", `${file} n'est pas un fichier`);
}

/** A backup never replaces an existing file unless asked to. */
export function refuseExisting(file: string, force: boolean): void {
  if (!force && existsSync(file)) {
    throw new BackupError(
      "BACKUP_TARGET_EXISTS",
      `le fichier ${file} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer`,
    );
  }
}

/**
 * A new, empty file readable by its owner only (mode 600: a backup holds personal data), in
 * the folder of `finalPath` so that the rename that gives it its final name is atomic.
 */
export function privateTempFile(finalPath: string): string {
  const path = join(dirname(resolve(finalPath)), `.${basename(finalPath)}.${randomBytes(6).toString("hex")}.partial`);
  closeSync(openSync(path, "wx", 0o600));
  return path;
}

/** Gives the finished file its name in one step: a reader sees the old file or the new one, never half. */
export function moveInto(tempPath: string, finalPath: string): void {
  renameSync(tempPath, finalPath);
}

/** Removes a file and the -wal, -shm and -journal files SQLite may have left beside it. */
export function removeWithSidecars(path: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
}
