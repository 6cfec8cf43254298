// `zero backup <file>` and `zero restore <file>`: the database of DATABASE_URL (or the default
// SQLite file, as the API), copied out or put back (docs/operations.md). Prints files, sizes and
// migrations; never a row's content.
import { parseArgs } from "node:util";
import { BackupError, backupDatabase, databaseUrlFrom, restoreDatabase, type BackupSummary } from "@zero/db";

export const BACKUP_USAGE = `  zero backup <file> [--force]
      Writes a consistent copy of the database (DATABASE_URL, else data/zero.sqlite) while the
      server runs: SQLite's online backup, or pg_dump --format=custom for PostgreSQL. Refuses
      to replace an existing file without --force.
  zero restore <file> [--force]
      Checks the backup (integrity, a Zéro database this version can run), then replaces the
      database with it, atomically. Stop the server first; --force replaces a database that
      holds data. Exit code 1 when refused, 2 for a usage error.`;

export interface BackupIo {
  out(line: string): void;
  err(line: string): void;
  env?: NodeJS.ProcessEnv;
}

type Direction = "backup" | "restore";

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Kio`;
  return `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mio`;
}

function report(direction: Direction, summary: BackupSummary): string {
  if (direction === "backup") {
    const details = `${size(summary.bytes)}, ${summary.database}, migration ${summary.lastMigration}`;
    return `Sauvegarde écrite : ${summary.file} (${details})`;
  }
  const replaced = summary.replacedTables ? `, ${summary.replacedTables} tables remplacées` : "";
  return (
    `Base restaurée : ${summary.database} depuis ${summary.file} (migration ${summary.lastMigration}${replaced}) ; ` +
    "le prochain démarrage du serveur applique les migrations plus récentes"
  );
}

/** Returns the exit code: 0 done, 1 refused or failed, 2 usage error. */
export async function runBackupCommand(direction: Direction, args: readonly string[], io: BackupIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { force: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`zero ${direction} : ${(error as Error).message}\n${BACKUP_USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(`zero ${direction} : donnez un seul fichier de sauvegarde\n${BACKUP_USAGE}`);
    return 2;
  }
  const url = databaseUrlFrom(io.env ?? process.env);
  const options = { force: parsed.values.force ?? false };
  try {
    const run = direction === "backup" ? backupDatabase : restoreDatabase;
    const summary = await run(url, file, options);
    io.out(report(direction, summary));
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`zero ${direction} : ${error.message} [${error.code}]`);
      return 1;
    }
    // An unforeseen failure: its message only (a stack trace would add nothing for the operator).
    io.err(`zero ${direction} : échec inattendu : ${(error as Error).message}`);
    return 1;
  }
}
