import type { Role } from "@zero/db";
import type { NetworkList } from "@zero/schemas";
import { opensPeopleRecords, PERSON_ROLES, roleGrantableIn } from "../permissions.ts";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import type { NetworksRepository } from "./repository.ts";
import { urgenceError } from "../errors.ts";

type NetworkView = NetworkList["networks"][number];

interface Deps {
  repo: NetworksRepository;
  access: UrgenceAccess;
  audit: AuditService;
}

/**
 * Membership of a SIAO network (docs/decisions/0011): who shares consent-based records,
 * structures and the dashboard. Only the SIAO's own coordinators add or remove an
 * organisation; an organisation belongs to one network at most; the SIAO never leaves its
 * own. Every change is audited.
 */
export function networksService({ repo, access, audit }: Deps) {
  async function ownSiao(principal: Principal, networkId: string): Promise<void> {
    const allowed = await access.network(principal, "urgence:network:manage", networkId);
    if (!allowed.some((m) => m.organisationId === networkId)) throw new AppError("FORBIDDEN");
  }

  async function view(networkId: string): Promise<NetworkView> {
    const members = await access.networkMembers(networkId);
    const admitted = await repo.admittedRoles(members.map((m) => m.id));
    return {
      siaoOrganisationId: networkId,
      name: members.find((m) => m.id === networkId)?.name ?? "",
      members: members.map((m) => ({
        organisationId: m.id,
        name: m.name,
        kind: m.kind,
        // The SIAO holds every role of its own network.
        admittedRoles: m.id === networkId ? [...PERSON_ROLES] : (admitted.get(m.id) ?? []),
      })),
    };
  }

  /** Sets the roles on people's records a member may hold; a role no longer admitted is disabled at once. */
  async function admit(principal: Principal, networkId: string, organisationId: string, roles: string[], purpose: string) {
    const organisation = await repo.organisationExists(organisationId);
    const wrongKind = roles.find((r) => !roleGrantableIn(r as Role, organisation?.kind ?? ""));
    if (wrongKind) {
      throw new AppError("ROLE_NOT_GRANTABLE", { details: { role: wrongKind, organisationKind: organisation?.kind } });
    }
    const disabled = await repo.setAdmittedRoles(networkId, organisationId, [...new Set(roles)].sort(), principal.userId);
    await record(principal, "network_roles_admitted", networkId, organisationId, purpose);
    if (disabled > 0) await record(principal, "memberships_disabled", networkId, organisationId, purpose);
  }

  const record = (principal: Principal, action: string, networkId: string, organisationId: string, purpose: string) =>
    audit.record({
      actor: principal,
      action,
      resourceType: "urgence_network_member",
      resourceId: organisationId,
      organisationId: networkId,
      purpose,
      outcome: "success",
    });

  return {
    /** Adds the organisation to the network (when not in it yet), with the roles given when `roles` is. */
    async add(principal: Principal, networkId: string, organisationId: string, purpose: string, roles?: string[]): Promise<NetworkView> {
      await ownSiao(principal, networkId);
      if (!(await repo.organisationExists(organisationId))) throw new AppError("NOT_FOUND");
      const current = (await access.networksOf([organisationId])).get(organisationId);
      if (current !== undefined && current !== networkId) throw urgenceError("URGENCE_ALREADY_IN_NETWORK");
      if (current === undefined) {
        await repo.add(networkId, organisationId);
        await record(principal, "network_member_added", networkId, organisationId, purpose);
      }
      if (roles !== undefined && organisationId !== networkId) await admit(principal, networkId, organisationId, roles, purpose);
      return view(networkId);
    },

    /**
     * Whether `organisationId` may hold `role` as far as its network is concerned: roles that do
     * not open people's records always; the others only in a SIAO network that admitted them
     * (the SIAO itself holds all of its own network's).
     */
    async roleAdmitted(organisationId: string, role: Role): Promise<boolean> {
      if (!opensPeopleRecords(role)) return true;
      const network = (await access.networksOf([organisationId])).get(organisationId);
      if (network === undefined) return false;
      if (network === organisationId) return true;
      return (await repo.admittedRoles([organisationId])).get(organisationId)?.includes(role) ?? false;
    },

    async remove(principal: Principal, networkId: string, organisationId: string, purpose: string): Promise<NetworkView> {
      await ownSiao(principal, networkId);
      if (organisationId === networkId) throw urgenceError("URGENCE_NETWORK_SIAO");
      if ((await access.networksOf([organisationId])).get(organisationId) !== networkId) throw new AppError("NOT_FOUND");
      await repo.remove(networkId, organisationId);
      await record(principal, "network_member_removed", networkId, organisationId, purpose);
      return view(networkId);
    },
  };
}

export type NetworksService = ReturnType<typeof networksService>;
