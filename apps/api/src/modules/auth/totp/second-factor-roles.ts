import type { Role } from "@zero/db";

/**
 * Roles that call for a second factor (TOTP with a password, a 2FA `acr` level with
 * ProConnect): each module names its own (`secondFactorRoles` in its manifest; Urgence:
 * whoever reads or writes named people of the by-name list).
 */
export type SecondFactorRoles = ReadonlySet<Role>;

export function holdsSecondFactorRole(roles: SecondFactorRoles, memberships: readonly { role: Role }[]): boolean {
  return memberships.some((m) => roles.has(m.role));
}
