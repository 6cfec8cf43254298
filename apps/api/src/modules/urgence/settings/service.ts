import type { InactivityBody, NetworkList, UrgenceSettings, UrgenceSettingsBody } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import type { PeopleRepository } from "../people/repository.ts";
import { addDays, today } from "../shared.ts";
import type { SettingsRepository } from "./repository.ts";

const SCHEDULED_PURPOSE = "règle d'inactivité appliquée automatiquement (politique locale du réseau)";

interface Deps {
  repo: SettingsRepository;
  people: PeopleRepository;
  access: UrgenceAccess;
  audit: AuditService;
}

export function settingsService({ repo, people, access, audit }: Deps) {
  /** Settings belong to the SIAO: only its own coordinators and admins change them. */
  async function ownSiao(principal: Principal, networkId: string) {
    const allowed = await access.network(principal, "urgence:settings:write", networkId);
    if (!allowed.some((m) => m.organisationId === networkId)) throw new AppError("FORBIDDEN");
  }

  /** Active without contact for the network's delay → inactive, each change audited (actor null: the system). */
  async function applyRule(networkId: string, day: string, actor: Principal | null, purpose: string) {
    const { inactivityDays } = await repo.get(networkId);
    const stale = await repo.staleActive(networkId, `${addDays(day, -inactivityDays)}T00:00:00.000Z`);
    const at = `${day}T00:00:00.000Z`;
    for (const p of stale) {
      await people.setStatus(p.id, "active", "inactive", "moved_to_inactive", actor?.userId ?? null, at);
    }
    await audit.recordMany(
      stale.map((p) => ({
        actor,
        action: "update_status",
        resourceType: "urgence_person",
        resourceId: p.id,
        organisationId: p.organisation_id,
        purpose,
        outcome: "success" as const,
      })),
    );
    return { movedToInactive: stale.length, inactivityDays };
  }

  return {
    /** The SIAO networks the principal's organisations belong to, with their members. */
    async networks(principal: Principal): Promise<NetworkList> {
      const mine = await access.networksOf(principal.memberships.map((m) => m.organisationId));
      const ids = [...new Set(mine.values())];
      return {
        networks: await Promise.all(
          ids.map(async (id) => {
            const members = await access.networkMembers(id);
            return {
              siaoOrganisationId: id,
              name: members.find((m) => m.id === id)?.name ?? "",
              members: members.map((m) => ({ organisationId: m.id, name: m.name, kind: m.kind })),
            };
          }),
        ),
      };
    },

    async get(principal: Principal, networkId: string): Promise<UrgenceSettings> {
      await access.network(principal, "urgence:dashboard:read", networkId);
      return repo.get(networkId);
    },

    async put(principal: Principal, networkId: string, body: UrgenceSettingsBody): Promise<UrgenceSettings> {
      await ownSiao(principal, networkId);
      const settings = { inactivityDays: body.inactivityDays, priority: body.priority };
      await repo.put(networkId, settings, principal.userId);
      await audit.record({
        actor: principal,
        action: "update",
        resourceType: "urgence_settings",
        resourceId: networkId,
        organisationId: networkId,
        purpose: body.purpose,
        outcome: "success",
      });
      return settings;
    },

    /** Applies the inactivity policy: active people without contact for N days become inactive. */
    async applyInactivity(principal: Principal, body: InactivityBody) {
      await ownSiao(principal, body.networkId);
      return applyRule(body.networkId, body.today ?? today(), principal, body.purpose);
    },

    /**
     * The same rule for every network, as a system action (no actor in the audit log): what
     * the scheduler runs at start and then on an interval. Returns counts only.
     */
    async applyInactivityEverywhere(day: string): Promise<{ networks: number; movedToInactive: number }> {
      let moved = 0;
      const networks = await repo.networks();
      for (const networkId of networks) {
        const result = await applyRule(networkId, day, null, SCHEDULED_PURPOSE);
        await audit.record({
          actor: null,
          action: "apply_inactivity",
          resourceType: "urgence_settings",
          resourceId: networkId,
          organisationId: networkId,
          purpose: SCHEDULED_PURPOSE,
          outcome: "success",
        });
        moved += result.movedToInactive;
      }
      return { networks: networks.length, movedToInactive: moved };
    },
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
