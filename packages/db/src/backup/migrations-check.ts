import { migrations } from "../migrate.ts";
import { BackupError } from "./errors.ts";

/** Kysely's migrator records each applied migration here (migrate.ts): its presence marks a Zéro database. */
export const MIGRATION_TABLE = "kysely_migration";

/**
 * The migrations a backup records must be ones this version knows: an older backup is brought
 * up to date by the next start (migrateToLatest); a newer one would stop the server from starting.
 * Returns the last migration applied.
 */
export function checkMigrationsKnown(names: readonly string[], file: string): string {
  if (names.length === 0) {
    throw new BackupError("NOT_A_BACKUP", `${file} n'est pas une sauvegarde Zéro : aucune migration enregistrée`);
  }
  const known = new Set(Object.keys(migrations("sqlite")));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      "BACKUP_TOO_NEW",
      `${file} vient d'une version plus récente de Zéro (migrations inconnues : ${unknown.join(", ")}) : ` +
        "restaurez-la avec cette version-là",
    );
  }
  return [...names].sort().at(-1)!;
}
