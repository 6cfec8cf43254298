import { defineDbModule } from "../module.ts";
import * as accounts from "./migrations/0001-accounts.ts";
import { auditLogMigration } from "./migrations/0002-audit-log.ts";
import * as proconnectTotp from "./migrations/0006-proconnect-totp.ts";
import * as accountSecurity from "./migrations/0007-account-security.ts";
import { dataLifecycleMigration } from "./migrations/0008-data-lifecycle.ts";
import * as rolesAndRecordChanges from "./migrations/0009-roles-and-record-changes.ts";
import { PLATFORM_ROLES, type PlatformTables } from "./schema.ts";

/**
 * Organisations, accounts, sessions, the audit log. Migration 0009 also creates two Urgence
 * tables: it was written before modules had their own folders, and a migration that has run
 * keeps its name and place.
 */
export const platformDb = defineDbModule<PlatformTables>()({
  name: "platform",
  roles: PLATFORM_ROLES,
  migrations: (dialect) => ({
    "0001-accounts": accounts,
    "0002-audit-log": auditLogMigration(dialect),
    "0006-proconnect-totp": proconnectTotp,
    "0007-account-security": accountSecurity,
    "0008-data-lifecycle": dataLifecycleMigration(dialect),
    "0009-roles-and-record-changes": rolesAndRecordChanges,
  }),
});
