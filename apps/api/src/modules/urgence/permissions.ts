import type { Role } from "@zero/db";
import { policyOf, type RoleKinds } from "../../authz/policy.ts";

/**
 * What each role may do in Urgence sociale (docs/urgence.md), inside its own organisation.
 * A person is also reachable from another organisation only through the person's consent,
 * the SIAO coordination of the network, or an orientation to one's structure: see access.ts.
 */
export const URGENCE_PERMISSIONS = {
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

export type UrgencePermission = keyof typeof URGENCE_PERMISSIONS;
export const { authorize, roleAllows } = policyOf(URGENCE_PERMISSIONS);

/**
 * The kinds of organisation in which a role that opens people's records may be granted:
 * a préfecture's or a CAF's admin cannot make their own staff a maraude and so read the
 * by-name list (the five platform roles may be granted anywhere).
 */
export const URGENCE_ROLE_KINDS: RoleKinds = {
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

/** Whether Urgence lets `role` be granted in an organisation of this kind (the platform composes every module's). */
export function roleGrantableIn(role: Role, organisationKind: string): boolean {
  const kinds = URGENCE_ROLE_KINDS[role];
  return kinds === undefined || (kinds as readonly string[]).includes(organisationKind);
}
