export {
  openDatabase,
  isPostgresUrl,
  DatabaseUrlError,
  ZERO_APPLICATION_NAME,
  type DatabaseHandle,
  type DialectName,
} from "./connection.ts";
export { migrateToLatest, migrations, MigrationError } from "./migrate.ts";
export { DEFAULT_SQLITE_PATH, databaseUrlFrom, sqliteFileOf } from "./database-url.ts";
export { backupDatabase, restoreDatabase, BackupError, type BackupErrorCode, type BackupOptions, type BackupSummary } from "./backup.ts";
export { truncateAll } from "./truncate.ts";
export { afterErasure, dialectOf, purgeAuditLogBefore, type ErasureFlush } from "./lifecycle.ts";
export { uuidv7, nowIso } from "./ids.ts";
export { normaliseSearch, personSearchText } from "./search-text.ts";
export {
  ORGANISATION_KINDS,
  ROLES,
  type Database,
  type OrganisationKind,
  type Role,
  type Organisation,
  type User,
  type Membership,
  type Session,
  type AuditLogEntry,
  type NewAuditLogEntry,
} from "./schema.ts";
export {
  LIST_STATUSES,
  REQUEST_STATUSES,
  PUBLICS,
  URGENCE_TABLES,
  RECORD_PROPOSAL_KINDS,
  type RecordProposalKind,
  type ListStatus,
  type RequestStatus,
  type Public,
  type UrgenceTables,
} from "./schema-urgence.ts";
