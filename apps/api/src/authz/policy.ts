import type { Role } from "@zero/db";
import { AppError } from "../errors/app-error.ts";
import type { Principal, PrincipalMembership } from "./principal.ts";

/**
 * What each role may do inside its own organisation. Roles never reach across
 * organisations: a permission is always checked against the organisation that owns the row.
 */
export const PERMISSIONS = {
  "organisation:read": ["admin", "coordinator", "agent", "ambassador", "viewer"],
  "organisation:members:read": ["admin", "coordinator"],
  "organisation:members:manage": ["admin"],
  "audit:read": ["admin"],
  // Urgence sociale (docs/urgence.md). A person is also reachable from another organisation
  // only through the person's consent, the SIAO coordination of the network, or an
  // orientation to one's structure: see modules/urgence/access.ts.
  "urgence:person:read": ["coordinator", "operator_115", "maraude", "structure_staff"],
  "urgence:person:write": ["coordinator", "operator_115", "maraude"],
  "urgence:person:erase": ["coordinator"],
  "urgence:person:merge": ["coordinator"],
  "urgence:request:write": ["coordinator", "operator_115", "maraude"],
  "urgence:request:decide": ["coordinator", "operator_115", "structure_staff"],
  "urgence:matching:run": ["coordinator", "operator_115"],
  "urgence:structure:read": ["admin", "coordinator", "operator_115", "maraude", "structure_staff", "viewer"],
  "urgence:structure:write": ["admin", "coordinator", "structure_staff"],
  "urgence:availability:declare": ["structure_staff"],
  "urgence:dashboard:read": ["admin", "coordinator", "operator_115", "maraude", "structure_staff", "viewer"],
  "urgence:settings:write": ["admin", "coordinator"],
  // Map points of encounters (no person): the SIAO coordinator sees the network's, the
  // others their own team's (modules/urgence/map/service.ts).
  "urgence:map:encounters": ["coordinator", "operator_115", "maraude"],
  "urgence:sector:write": ["coordinator"],
  "urgence:network:manage": ["coordinator"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * "Who may touch this row" in one line: `authorize(principal, "audit:read", row.organisationId)`.
 * Not a member of the row's organisation → NOT_FOUND (its existence is not revealed);
 * a member whose role lacks the permission → FORBIDDEN.
 */
export function authorize(principal: Principal, permission: Permission, organisationId: string): PrincipalMembership {
  const membership = principal.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) throw new AppError("NOT_FOUND");
  if (!roleAllows(membership.role, permission)) throw new AppError("FORBIDDEN");
  return membership;
}

/** Organisations in which the principal holds `permission` (for lists that span several). */
export function organisationsAllowing(principal: Principal, permission: Permission): string[] {
  return principal.memberships.filter((m) => roleAllows(m.role, permission)).map((m) => m.organisationId);
}

/**
 * The kinds of organisation in which a role that opens people's records may be granted:
 * a préfecture's or a CAF's admin cannot make their own staff a maraude and so read the
 * by-name list (the five platform roles may be granted anywhere).
 */
export const ROLE_ORGANISATION_KINDS: Partial<Record<Role, readonly string[]>> = {
  // The SIAO's coordination reads the whole network's by-name list: only a SIAO holds it.
  coordinator: ["siao"],
  operator_115: ["siao"],
  maraude: ["association", "ccas", "siao"],
  structure_staff: ["association", "ccas", "operateur", "collectivite", "hopital"],
};

/**
 * Roles that open people's records (the by-name list). Outside the SIAO itself, an
 * organisation holds one only when its SIAO network admitted it for that role
 * (modules/urgence/networks): the network, not the organisation's own admin, decides.
 */
export const PERSON_ROLES = ["coordinator", "operator_115", "maraude", "structure_staff"] as const satisfies readonly Role[];

export function opensPeopleRecords(role: Role): boolean {
  return (PERSON_ROLES as readonly Role[]).includes(role);
}

export function roleGrantableIn(role: Role, organisationKind: string): boolean {
  const kinds = ROLE_ORGANISATION_KINDS[role];
  return kinds === undefined || kinds.includes(organisationKind);
}
