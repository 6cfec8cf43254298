import { Migrator, type Kysely, type Migration, type MigrationResultSet } from "kysely";
import type { DatabaseHandle, DialectName } from "./connection.ts";
import * as accounts from "./migrations/0001-accounts.ts";
import { auditLogMigration } from "./migrations/0002-audit-log.ts";
import * as urgence from "./migrations/0003-urgence.ts";
import * as urgenceSectors from "./migrations/0004-urgence-sectors.ts";
import * as urgencePeopleSearch from "./migrations/0005-urgence-people-search.ts";
import * as proconnectTotp from "./migrations/0006-proconnect-totp.ts";
import * as accountSecurity from "./migrations/0007-account-security.ts";
import { dataLifecycleMigration } from "./migrations/0008-data-lifecycle.ts";
import * as rolesAndRecordChanges from "./migrations/0009-roles-and-record-changes.ts";

/** Numbered migrations, listed explicitly: the order is the names' order. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    "0001-accounts": accounts,
    "0002-audit-log": auditLogMigration(dialect),
    "0003-urgence": urgence,
    "0004-urgence-sectors": urgenceSectors,
    "0005-urgence-people-search": urgencePeopleSearch,
    "0006-proconnect-totp": proconnectTotp,
    "0007-account-security": accountSecurity,
    "0008-data-lifecycle": dataLifecycleMigration(dialect),
    "0009-roles-and-record-changes": rolesAndRecordChanges,
  };
}

export class MigrationError extends Error {}

export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: handle.db as Kysely<unknown>,
    provider: { getMigrations: async () => migrations(handle.dialect) },
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
