// The refusals of `zero backup` and `zero restore`: a stable code for scripts, a French message
// for people. Messages name files and tables, never a row's content.
export type BackupErrorCode =
  | "BACKUP_TARGET_EXISTS"
  | "DATABASE_MISSING"
  | "DATABASE_IN_MEMORY"
  | "DATABASE_UNREACHABLE"
  | "NOT_A_ZERO_DATABASE"
  | "BACKUP_FILE_MISSING"
  | "NOT_A_BACKUP"
  | "BACKUP_DAMAGED"
  | "BACKUP_ENGINE_MISMATCH"
  | "BACKUP_TOO_NEW"
  | "DATABASE_IN_USE"
  | "TARGET_HOLDS_DATA"
  | "TARGET_UNREADABLE"
  | "TARGET_SCHEMA_NEWER"
  | "PG_TOOL_MISSING"
  | "PG_TOOL_FAILED";

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
