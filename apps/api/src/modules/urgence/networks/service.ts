import type { NetworkList } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import type { NetworksRepository } from "./repository.ts";

type NetworkView = NetworkList["networks"][number];

/**
 * Membership of a SIAO network (docs/decisions/0011): who shares consent-based records,
 * structures and the dashboard. Only the SIAO's own coordinators add or remove an
 * organisation; an organisation belongs to one network at most; the SIAO never leaves its
 * own. Every change is audited.
 */
export function networksService(repo: NetworksRepository, access: UrgenceAccess, audit: AuditService) {
  async function ownSiao(principal: Principal, networkId: string): Promise<void> {
    const allowed = await access.network(principal, "urgence:network:manage", networkId);
    if (!allowed.some((m) => m.organisationId === networkId)) throw new AppError("FORBIDDEN");
  }

  async function view(networkId: string): Promise<NetworkView> {
    const members = await access.networkMembers(networkId);
    return {
      siaoOrganisationId: networkId,
      name: members.find((m) => m.id === networkId)?.name ?? "",
      members: members.map((m) => ({ organisationId: m.id, name: m.name, kind: m.kind })),
    };
  }

  const record = (principal: Principal, action: string, networkId: string, organisationId: string, purpose: string) =>
    audit.record({ actor: principal, action, resourceType: "urgence_network_member", resourceId: organisationId, organisationId: networkId, purpose, outcome: "success" });

  return {
    async add(principal: Principal, networkId: string, organisationId: string, purpose: string): Promise<NetworkView> {
      await ownSiao(principal, networkId);
      if (!(await repo.organisationExists(organisationId))) throw new AppError("NOT_FOUND");
      const current = (await access.networksOf([organisationId])).get(organisationId);
      if (current === networkId) return view(networkId);
      if (current !== undefined) throw new AppError("URGENCE_ALREADY_IN_NETWORK");
      await repo.add(networkId, organisationId);
      await record(principal, "network_member_added", networkId, organisationId, purpose);
      return view(networkId);
    },

    async remove(principal: Principal, networkId: string, organisationId: string, purpose: string): Promise<NetworkView> {
      await ownSiao(principal, networkId);
      if (organisationId === networkId) throw new AppError("URGENCE_NETWORK_SIAO");
      if ((await access.networksOf([organisationId])).get(organisationId) !== networkId) throw new AppError("NOT_FOUND");
      await repo.remove(networkId, organisationId);
      await record(principal, "network_member_removed", networkId, organisationId, purpose);
      return view(networkId);
    },
  };
}

export type NetworksService = ReturnType<typeof networksService>;
