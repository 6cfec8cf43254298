import type { Insertable, Selectable } from "kysely";

// Timestamps are ISO-8601 strings in UTC on both engines, so the same SQL sorts and
// compares them the same way in SQLite and PostgreSQL.
type Timestamp = string;

export const ORGANISATION_KINDS = ["prefecture", "association", "ccas", "caf", "siao", "hopital", "collectivite", "operateur"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The platform's roles, granted in any module; a module adds its own (its `roles` in its
 * db module, packages/db/src/<module>/index.ts), and `Role` is the union of all of them.
 */
export const PLATFORM_ROLES = ["admin", "coordinator", "agent", "ambassador", "viewer"] as const;

export interface OrganisationTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  created_at: Timestamp;
  /** 14-digit SIRET of the establishment: ProConnect's `siret` claim finds the organisation by it. */
  siret: string | null;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface MembershipTable<R extends string = string> {
  user_id: string;
  organisation_id: string;
  role: R;
  created_at: Timestamp;
  /** Set when an admin disables the member in this organisation (migration 0009): the role no longer counts. */
  disabled_at: Timestamp | null;
}

export interface SessionTable {
  /** SHA-256 of the session token: a stolen database does not yield usable cookies. */
  token_hash: string;
  /** Public id (UUIDv7) by which the user lists and revokes the session; never the token or its hash. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

/** One-time password reset links (migration 0007): only the token's SHA-256 is kept. */
export interface PasswordResetTokenTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** Set when the link is used: a link works once. */
  used_at: Timestamp | null;
}

export interface AuditLogTable {
  /** UUIDv7: unique and ordered by time on both engines. */
  id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  /** Organisation that owns the resource; lets an organisation's admin see what concerns it. */
  organisation_id: string | null;
  purpose: string;
  outcome: "success" | "denied" | "failure";
}

/** The platform's tables; `Database` (modules.ts) adds every module's. */
export interface PlatformTables<R extends string = string> {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable<R>;
  sessions: SessionTable;
  password_reset_tokens: PasswordResetTokenTable;
  audit_log: AuditLogTable;
  auth_oidc_attempts: AuthOidcAttemptTable;
  auth_oidc_sessions: AuthOidcSessionTable;
  user_totp: UserTotpTable;
  auth_challenges: AuthChallengeTable;
}

/** A ProConnect login under way, between the redirect to the provider and the callback; used once. */
export interface AuthOidcAttemptTable {
  /** SHA-256 of the `state` sent to the provider. */
  state_hash: string;
  nonce: string;
  code_verifier: string;
  return_to: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** The id_token of a session opened through ProConnect (id_token_hint of the ProConnect logout). */
export interface AuthOidcSessionTable {
  session_token_hash: string;
  id_token: string;
  created_at: Timestamp;
}

/** A user's TOTP second factor: the secret sealed by the application (AES-256-GCM), never in clear. */
export interface UserTotpTable {
  user_id: string;
  secret_box: string;
  /** Null while the enrolment waits for its first code. */
  confirmed_at: Timestamp | null;
  /** The last 30-second step accepted: a code is never accepted twice. */
  last_used_step: number | null;
  created_at: Timestamp;
}

/** The short-lived step between a correct password and the TOTP code (or the TOTP enrolment). */
export interface AuthChallengeTable {
  token_hash: string;
  user_id: string;
  kind: "totp_login" | "totp_enrolment";
  attempts: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export type Organisation = Selectable<OrganisationTable>;
export type User = Selectable<UserTable>;

export type Session = Selectable<SessionTable>;
export type AuditLogEntry = Selectable<AuditLogTable>;
export type NewAuditLogEntry = Insertable<AuditLogTable>;
