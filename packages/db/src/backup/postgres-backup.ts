import { chmodSync, statSync } from "node:fs";
import { sql } from "kysely";
import { openDatabase, ZERO_APPLICATION_NAME, type DatabaseHandle } from "../connection.ts";
import { BackupError } from "./errors.ts";
import { backupKindOf, moveInto, privateTempFile, refuseExisting, removeWithSidecars, requireBackupFile } from "./files.ts";
import { checkMigrationsKnown, MIGRATION_TABLE } from "./migrations-check.ts";
import { pgTarget, requirePgTool, runPgTool, toolFailed } from "./postgres-tools.ts";
import type { BackupOptions, BackupSummary } from "./summary.ts";

// PostgreSQL: pg_dump's custom archive (a consistent snapshot while the server writes) and
// pg_restore in one transaction (a failure leaves the database as it was).

// Connection refused, unknown host (system errors); connection, authentication, unknown
// database (SQLSTATE classes 08, 28, 3D). Any other error is a query's, and is thrown as is.
const CONNECTION_ERROR = /^(E[A-Z]+|08|28|3D)/;

async function withDatabase<T>(url: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(url);
  try {
    return await work(handle);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (!CONNECTION_ERROR.test(String((error as { code?: unknown }).code ?? ""))) throw error;
    throw new BackupError("DATABASE_UNREACHABLE", `connexion à ${handle.description} impossible : ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

async function migrationsIn(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ present: boolean }>`
    SELECT EXISTS (SELECT 1 FROM information_schema.tables
                   WHERE table_schema = current_schema() AND table_name = ${MIGRATION_TABLE}) AS present
  `.execute(handle.db);
  if (!rows[0]?.present) return [];
  const names = await sql<{ name: string }>`SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name`.execute(handle.db);
  return names.rows.map((r) => r.name);
}

export async function backupPostgres(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const target = pgTarget(url);
  await requirePgTool("pg_dump", target.env);
  refuseExisting(file, options.force ?? false);
  const { description, names } = await withDatabase(url, async (handle) => ({
    description: handle.description,
    names: await migrationsIn(handle),
  }));
  if (names.length === 0) {
    throw new BackupError("NOT_A_ZERO_DATABASE", `${description} n'est pas une base Zéro (pas de table ${MIGRATION_TABLE})`);
  }
  const temp = privateTempFile(file);
  try {
    const args = ["--format=custom", `--file=${temp}`, `--dbname=${target.url}`];
    const dump = await runPgTool("pg_dump", args, target.env);
    if (dump.code !== 0) throw toolFailed("pg_dump", dump, "");
    const contents = await archiveContents(temp, file, target.env);
    chmodSync(temp, 0o600);
    moveInto(temp, file);
    return {
      dialect: "postgres",
      database: description,
      file,
      bytes: statSync(file).size,
      lastMigration: contents.lastMigration,
    };
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

interface ArchiveContents {
  tables: Set<string>;
  lastMigration: string;
}

/** Reads the archive's table of contents and its migrations table: a Zéro backup this version can run. */
async function archiveContents(archive: string, file: string, env: NodeJS.ProcessEnv): Promise<ArchiveContents> {
  const list = await runPgTool("pg_restore", ["--list", archive], env);
  if (list.code !== 0) {
    throw new BackupError("BACKUP_DAMAGED", `${file} est endommagé : pg_restore ne lit pas son sommaire`);
  }
  const tables = new Set<string>();
  for (const match of list.stdout.matchAll(/^\d+; \d+ \d+ TABLE (\S+) (\S+) /gm)) tables.add(match[2]!);
  if (!tables.has(MIGRATION_TABLE)) {
    const message = `${file} est une archive pg_dump mais pas une sauvegarde Zéro (pas de table ${MIGRATION_TABLE})`;
    throw new BackupError("NOT_A_BACKUP", message);
  }
  const data = await runPgTool("pg_restore", ["--data-only", `--table=${MIGRATION_TABLE}`, "--file=-", archive], env);
  if (data.code !== 0) {
    throw new BackupError("BACKUP_DAMAGED", `${file} est endommagé : sa table ${MIGRATION_TABLE} est illisible`);
  }
  const copy = /^COPY \S+ \([^)]*\) FROM stdin;\n([\s\S]*?)^\\\.$/m.exec(data.stdout);
  const names = (copy?.[1] ?? "")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t")[0]!);
  return { tables, lastMigration: checkMigrationsKnown(names, file) };
}

interface TargetState {
  description: string;
  filled: number;
}

/** The database to replace: no Zéro server connected, no table the backup lacks, data only with --force. */
async function inspectTarget(url: string, backupTables: Set<string>, force: boolean): Promise<TargetState> {
  return withDatabase(url, (handle) =>
    handle.db.connection().execute(async (db) => {
      const others = await sql<{ n: string }>`
        SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND application_name = ${ZERO_APPLICATION_NAME}
      `.execute(db);
      const connected = Number(others.rows[0]?.n ?? 0);
      if (connected > 0) {
        throw new BackupError(
          "DATABASE_IN_USE",
          `la base ${handle.description} a ${connected} connexion(s) d'un serveur Zéro : ` + "arrêtez-le avant de restaurer",
        );
      }
      const { rows } = await sql<{ table_name: string }>`
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      `.execute(db);
      const tables = rows.map((r) => r.table_name).filter((t) => !t.startsWith(MIGRATION_TABLE));
      const extra = tables.filter((t) => !backupTables.has(t));
      if (extra.length > 0) {
        throw new BackupError(
          "TARGET_SCHEMA_NEWER",
          `la base ${handle.description} a des tables que la sauvegarde n'a pas (${extra.join(", ")}) : ` +
            "elle a été migrée par une version plus récente ; restaurez dans une base vide (createdb), " +
            "puis démarrez le serveur",
        );
      }
      let filled = 0;
      for (const t of tables) {
        const found = await sql<{ present: boolean }>`
          SELECT EXISTS (SELECT 1 FROM ${sql.table(t)}) AS present
        `.execute(db);
        if (found.rows[0]?.present) filled++;
      }
      if (filled > 0 && !force) {
        throw new BackupError(
          "TARGET_HOLDS_DATA",
          `la base ${handle.description} contient des données (${filled} tables non vides) : ` +
            "ajoutez --force pour les remplacer par la sauvegarde",
        );
      }
      return { description: handle.description, filled };
    }),
  );
}

// Drops and recreates each object of the archive, owned by the restoring account, all in one
// transaction that stops at the first error.
const RESTORE_FLAGS = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];

export async function restorePostgres(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  requireBackupFile(file);
  const kind = backupKindOf(file);
  if (kind === "sqlite") {
    throw new BackupError("BACKUP_ENGINE_MISMATCH", `${file} est une sauvegarde SQLite : DATABASE_URL désigne une base PostgreSQL`);
  }
  if (kind !== "pg-custom") {
    throw new BackupError("NOT_A_BACKUP", `${file} n'est pas une sauvegarde Zéro (ni base SQLite, ni archive pg_dump)`);
  }
  const target = pgTarget(url);
  await requirePgTool("pg_restore", target.env);
  const contents = await archiveContents(file, file, target.env);
  const state = await inspectTarget(url, contents.tables, options.force ?? false);
  const restore = await runPgTool("pg_restore", [...RESTORE_FLAGS, `--dbname=${target.url}`, file], target.env);
  if (restore.code !== 0) {
    throw toolFailed("pg_restore", restore, " (rien n'a changé : la restauration tient en une transaction)");
  }
  return {
    dialect: "postgres",
    database: state.description,
    file,
    bytes: statSync(file).size,
    lastMigration: contents.lastMigration,
    replacedTables: state.filled,
  };
}
