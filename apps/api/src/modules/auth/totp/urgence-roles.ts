import type { Role } from "@zero/db";

/**
 * Roles that read or write named people of the Urgence sociale by-name list: they call for a
 * second factor (TOTP with a password, a 2FA `acr` level with ProConnect).
 */
export const URGENCE_ROLES: ReadonlySet<Role> = new Set<Role>(["coordinator", "operator_115", "maraude", "structure_staff"]);

export function holdsUrgenceRole(memberships: readonly { role: Role }[]): boolean {
  return memberships.some((m) => URGENCE_ROLES.has(m.role));
}
