import type { MembershipView } from "@zero/schemas";

// Roles are codes on the wire (apps/api/src/authz/policy.ts); people read them in French.
// Unknown codes (a role added to the API before the web app knows it) are shown raw.
const ROLE_LABELS: Record<string, string> = {
  admin: "Administrateur·rice",
  coordinator: "Coordinateur·rice",
  agent: "Agent·e",
  ambassador: "Ambassadeur·rice",
  viewer: "Lecture seule",
  operator_115: "Opérateur·rice 115",
  maraude: "Maraude",
  structure_staff: "Personnel de structure",
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/**
 * The roles an admin may give to a new member: keep in step with `CreateMemberBody.role` in
 * packages/schemas/src/organisations.ts (its TypeScript type is a plain string, so the
 * compiler cannot check it; a role the API refuses shows « Choisissez un rôle. »).
 */
export const ASSIGNABLE_ROLES = [
  "agent",
  "ambassador",
  "operator_115",
  "maraude",
  "structure_staff",
  "viewer",
  "coordinator",
  "admin",
] as const;

// What the API allows (PERMISSIONS in apps/api/src/authz/policy.ts); the server enforces
// it anyway, the page only avoids offering what would be refused.
export const canReadMembers = (role: string): boolean => role === "admin" || role === "coordinator";
export const canManageMembers = (role: string): boolean => role === "admin";
export const canReadAudit = (role: string): boolean => role === "admin";

/** The memberships that open the administration page. */
export function administrableMemberships(memberships: readonly MembershipView[]): MembershipView[] {
  return memberships.filter((membership) => canReadMembers(membership.role));
}
