import { Migrator, type Kysely, type Migration, type MigrationResultSet } from "kysely";
import type { DatabaseHandle, DialectName } from "./connection.ts";
import type { DbModule } from "./module.ts";
import { DB_MODULES } from "./modules.ts";

/**
 * Every module's migrations, in the order of their names (the number first). Two modules
 * may not use the same number: the order would depend on the words after it.
 */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return composeMigrations(DB_MODULES, dialect);
}

/** The migrations of `modules`, checked and sorted (exported for the throwaway-module test). */
export function composeMigrations(modules: readonly DbModule<unknown>[], dialect: DialectName): Record<string, Migration> {
  const all: [string, Migration][] = [];
  const numbers = new Map<string, string>();
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations(dialect))) {
      const number = /^(\d{4})-/.exec(name)?.[1];
      if (number === undefined) throw new MigrationError(`migration ${name} (${module.name}) must start with a four-digit number`);
      const taken = numbers.get(number);
      if (taken !== undefined) throw new MigrationError(`migrations ${taken} and ${name} share the number ${number}`);
      numbers.set(number, name);
      all.push([name, migration]);
    }
  }
  return Object.fromEntries(all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class MigrationError extends Error {}

/** Runs the migrations not yet run: every module's of DB_MODULES, or of `modules` (the throwaway-module test). */
export async function migrateToLatest(
  handle: DatabaseHandle,
  modules: readonly DbModule<unknown>[] = DB_MODULES,
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: handle.db as Kysely<unknown>,
    provider: { getMigrations: async () => composeMigrations(modules, handle.dialect) },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new MigrationError(`migration ${failed} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return result;
}
