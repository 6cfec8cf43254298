import type { OrganisationKind, Role } from "@zero/db";
import { AppError } from "../errors/app-error.ts";
import type { Principal, PrincipalMembership } from "./principal.ts";

/** What each role may do, by permission: the platform's table, or a module's (`permissions` in its manifest). */
export type PermissionTable = Record<string, readonly Role[]>;

/**
 * What each role may do inside its own organisation. Roles never reach across
 * organisations: a permission is always checked against the organisation that owns the row.
 * A module declares its own permissions, prefixed by its name, and checks them with its
 * own `policyOf(...)`.
 */
export const PERMISSIONS = {
  "organisation:read": ["admin", "coordinator", "agent", "ambassador", "viewer"],
  "organisation:members:read": ["admin", "coordinator"],
  "organisation:members:manage": ["admin"],
  "audit:read": ["admin"],
} as const satisfies PermissionTable;

/**
 * The three checks of a permission table, typed by its permissions:
 * `authorize(principal, "audit:read", row.organisationId)` is "who may touch this row" in one line.
 */
export function policyOf<const T extends PermissionTable>(table: T) {
  type P = keyof T & string;
  const roleAllows = (role: Role, permission: P): boolean => table[permission]!.includes(role);
  return {
    roleAllows,
    /**
     * Not a member of the row's organisation → NOT_FOUND (its existence is not revealed);
     * a member whose role lacks the permission → FORBIDDEN.
     */
    authorize(principal: Principal, permission: P, organisationId: string): PrincipalMembership {
      const membership = principal.memberships.find((m) => m.organisationId === organisationId);
      if (!membership) throw new AppError("NOT_FOUND");
      if (!roleAllows(membership.role, permission)) throw new AppError("FORBIDDEN");
      return membership;
    },
    /** Organisations in which the principal holds `permission` (for lists that span several). */
    organisationsAllowing(principal: Principal, permission: P): string[] {
      return principal.memberships.filter((m) => roleAllows(m.role, permission)).map((m) => m.organisationId);
    },
  };
}

export type Permission = keyof typeof PERMISSIONS;
export const { authorize } = policyOf(PERMISSIONS);

/**
 * Where a role may be granted: by the organisation's kind (each module's `roleKinds`), then
 * by whatever its module requires (`admitted`: Urgence asks the SIAO network). The five
 * platform roles may be granted anywhere.
 */
export interface RoleRules {
  grantableIn(role: Role, organisationKind: string): boolean;
  admitted(organisationId: string, role: Role): Promise<boolean>;
}

export type RoleKinds = Partial<Record<Role, readonly OrganisationKind[]>>;

/** The role rules of several modules: a role is bounded by the module that declares it. */
export function composeRoleRules(modules: readonly { roleKinds?: RoleKinds; admitted?: RoleRules["admitted"] }[]): RoleRules {
  const kinds: RoleKinds = {};
  for (const m of modules) Object.assign(kinds, m.roleKinds);
  const admissions = modules.flatMap((m) => (m.admitted ? [m.admitted] : []));
  return {
    grantableIn: (role, kind) => kinds[role] === undefined || kinds[role].includes(kind as OrganisationKind),
    async admitted(organisationId, role) {
      for (const admitted of admissions) if (!(await admitted(organisationId, role))) return false;
      return true;
    },
  };
}
