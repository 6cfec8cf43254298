import { roleAllows, type UrgencePermission } from "./permissions.ts";
import type { Principal, PrincipalMembership } from "../../authz/principal.ts";
import { AppError } from "../../errors/app-error.ts";
import type { AccessRepository } from "./access-repository.ts";

/**
 * Who may see a person of the by-name list (docs/decisions/0011-urgence-access-by-consent.md):
 * - owner: a member of the organisation that holds the record;
 * - siao: a coordinator of the SIAO that heads the owner's network ("SIAO coordinator: all");
 * - consent: a member of an organisation that the person's active consent names, or of an
 *   organisation of a SIAO network that it names;
 * - structure: structure staff, for people oriented to one of their organisation's structures.
 * Structure staff get only the last route ("own structure only"). The role must also hold
 * the permission; the viewer role never holds a person permission. Lists apply the same rules
 * in SQL: `visiblePeople` (access-filters-repository.ts).
 */
export type AccessKind = "owner" | "siao" | "consent" | "structure";

export interface Grants {
  ownerOrgs: string[];
  siaoNetworks: string[];
  consentOrgs: string[];
  consentNetworks: string[];
  structureOrgs: string[];
}

export function urgenceAccess(repo: AccessRepository) {
  async function grants(principal: Principal, permission: UrgencePermission): Promise<Grants> {
    const allowed = principal.memberships.filter((m) => roleAllows(m.role, permission));
    const networks = await repo.networksOf(allowed.map((m) => m.organisationId));
    const general = allowed.filter((m) => m.role !== "structure_staff");
    return {
      ownerOrgs: general.map((m) => m.organisationId),
      siaoNetworks: general
        .filter((m) => m.role === "coordinator" && networks.get(m.organisationId) === m.organisationId)
        .map((m) => m.organisationId),
      consentOrgs: general.map((m) => m.organisationId),
      consentNetworks: [...new Set(general.flatMap((m) => networks.get(m.organisationId) ?? []))],
      structureOrgs: allowed.filter((m) => m.role === "structure_staff").map((m) => m.organisationId),
    };
  }

  return {
    grants,

    /**
     * The person row if the principal may act on it with `permission`, and why.
     * Not reachable at all → NOT_FOUND; reachable only through a role without the
     * permission (a viewer of the owner organisation) → FORBIDDEN.
     */
    async person(principal: Principal, personId: string, permission: UrgencePermission, routes?: AccessKind[]) {
      const person = await repo.findPerson(personId);
      if (!person) throw new AppError("NOT_FOUND");
      const g = await grants(principal, permission);
      const ok = (kind: AccessKind) => !routes || routes.includes(kind);
      let access: AccessKind | null = null;
      if (ok("owner") && g.ownerOrgs.includes(person.organisation_id)) access = "owner";
      if (!access && ok("siao") && g.siaoNetworks.length > 0) {
        const network = (await repo.networksOf([person.organisation_id])).get(person.organisation_id);
        if (network && g.siaoNetworks.includes(network)) access = "siao";
      }
      if (!access && ok("consent") && (g.consentOrgs.length > 0 || g.consentNetworks.length > 0)) {
        const audiences = await repo.activeConsentAudiences(person.id);
        const covered = audiences.some((a) =>
          a.audience_type === "organisation" ? g.consentOrgs.includes(a.audience_id) : g.consentNetworks.includes(a.audience_id),
        );
        if (covered) access = "consent";
      }
      if (!access && ok("structure") && (await repo.orientedTo(person.id, g.structureOrgs))) access = "structure";
      if (!access) {
        const member = principal.memberships.some((m) => m.organisationId === person.organisation_id);
        throw new AppError(member ? "FORBIDDEN" : "NOT_FOUND");
      }
      return { person, access };
    },

    /**
     * The principal's memberships in the SIAO network `networkId` that hold `permission`.
     * Not a member of any organisation of the network → NOT_FOUND; member without the
     * permission → FORBIDDEN.
     */
    async network(principal: Principal, permission: UrgencePermission, networkId: string): Promise<PrincipalMembership[]> {
      const networks = await repo.networksOf(principal.memberships.map((m) => m.organisationId));
      const inNetwork = principal.memberships.filter((m) => networks.get(m.organisationId) === networkId);
      if (inNetwork.length === 0) throw new AppError("NOT_FOUND");
      const allowed = inNetwork.filter((m) => roleAllows(m.role, permission));
      if (allowed.length === 0) throw new AppError("FORBIDDEN");
      return allowed;
    },

    networksOf: repo.networksOf,
    networkMembers: repo.networkMembers,
  };
}

export type UrgenceAccess = ReturnType<typeof urgenceAccess>;
