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
export function authorize(
  principal: Principal,
  permission: Permission,
  organisationId: string,
): PrincipalMembership {
  const membership = principal.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) throw new AppError("NOT_FOUND");
  if (!roleAllows(membership.role, permission)) throw new AppError("FORBIDDEN");
  return membership;
}

/** Organisations in which the principal holds `permission` (for lists that span several). */
export function organisationsAllowing(principal: Principal, permission: Permission): string[] {
  return principal.memberships
    .filter((m) => roleAllows(m.role, permission))
    .map((m) => m.organisationId);
}
