export {
  openDatabase,
  isPostgresUrl,
  DatabaseUrlError,
  ZERO_APPLICATION_NAME,
  type DatabaseHandle,
  type DialectName,
} from "./connection.ts";
export { composeMigrations, migrateToLatest, migrations, MigrationError } from "./migrate.ts";
export { DEFAULT_SQLITE_PATH, databaseUrlFrom, sqliteFileOf } from "./database-url.ts";
export { backupDatabase, restoreDatabase, BackupError, type BackupErrorCode, type BackupOptions, type BackupSummary } from "./backup.ts";
export { truncateAll } from "./truncate.ts";
export { afterErasure, dialectOf, purgeAuditLogBefore, type ErasureFlush } from "./lifecycle.ts";
export { uuidv7, nowIso } from "./ids.ts";
export { normaliseSearch, personSearchText } from "./search-text.ts";
export { DB_MODULES, ROLES, type Database, type Role } from "./modules.ts";
export { defineDbModule, type DbModule } from "./module.ts";
export {
  ORGANISATION_KINDS,
  PLATFORM_ROLES,
  type OrganisationKind,
  type PlatformTables,
  type Organisation,
  type User,
  type Session,
  type AuditLogEntry,
  type NewAuditLogEntry,
} from "./platform/schema.ts";
export {
  LIST_STATUSES,
  REQUEST_STATUSES,
  PUBLICS,
  URGENCE_ROLES,
  RECORD_PROPOSAL_KINDS,
  type RecordProposalKind,
  type ListStatus,
  type RequestStatus,
  type Public,
  type UrgenceTables,
} from "./urgence/schema.ts";
