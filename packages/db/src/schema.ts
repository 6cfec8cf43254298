import type { Insertable, Selectable } from "kysely";
import type { UrgenceTables } from "./schema-urgence.ts";

// Timestamps are ISO-8601 strings in UTC on both engines, so the same SQL sorts and
// compares them the same way in SQLite and PostgreSQL.
type Timestamp = string;

export const ORGANISATION_KINDS = [
  "prefecture",
  "association",
  "ccas",
  "caf",
  "siao",
  "hopital",
  "collectivite",
  "operateur",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = [
  "admin",
  "coordinator",
  "agent",
  "ambassador",
  "viewer",
  // Urgence sociale: the 115 line, street outreach / day-centre workers, shelter staff.
  "operator_115",
  "maraude",
  "structure_staff",
] as const;
export type Role = (typeof ROLES)[number];

export interface OrganisationTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  created_at: Timestamp;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface MembershipTable {
  user_id: string;
  organisation_id: string;
  role: Role;
  created_at: Timestamp;
}

export interface SessionTable {
  /** SHA-256 of the session token: a stolen database does not yield usable cookies. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
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

export interface Database extends UrgenceTables {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type User = Selectable<UserTable>;
export type Membership = Selectable<MembershipTable>;
export type Session = Selectable<SessionTable>;
export type AuditLogEntry = Selectable<AuditLogTable>;
export type NewAuditLogEntry = Insertable<AuditLogTable>;

