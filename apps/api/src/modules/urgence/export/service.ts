import type { PersonExport } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { buildExport } from "./build.ts";
import { exportInformation, type RetentionPeriods } from "./notice.ts";
import type { ExportRepository } from "./repository.ts";
import { urgenceError } from "../errors.ts";

const ROUTES = ["owner", "siao"] as const;

interface Deps {
  repo: ExportRepository;
  access: UrgenceAccess;
  audit: AuditService;
}

/**
 * A person's data export (right of access, RGPD article 15), for the organisation that
 * registered the person or the SIAO coordination of its network only: they answer for the
 * record. Every export, and every refused one, is an audit entry `export` with its purpose.
 */
export function exportService({ repo, access, audit }: Deps) {
  async function reaches(principal: Principal, id: string): Promise<boolean> {
    try {
      await access.person(principal, id, "urgence:person:read", [...ROUTES]);
      return true;
    } catch (error) {
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return false;
      throw error;
    }
  }

  /** Owner or coordination; a partner that reads the record another way is told why it may not export it. */
  async function reach(principal: Principal, id: string) {
    try {
      return await access.person(principal, id, "urgence:person:read", [...ROUTES]);
    } catch (error) {
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) {
        const other = await access.person(principal, id, "urgence:person:read").catch(() => null);
        if (other) throw urgenceError("URGENCE_EXPORT_OWNER_ONLY");
      }
      throw error;
    }
  }

  return {
    /** `periods`: the retention periods the server applies, stated in the export. */
    async export(principal: Principal, id: string, purpose: string, periods: RetentionPeriods, now = new Date()): Promise<PersonExport> {
      let reached: Awaited<ReturnType<typeof reach>>;
      try {
        reached = await reach(principal, id);
      } catch (error) {
        if (error instanceof AppError) {
          const [person] = await repo.people([id]);
          await audit.record({
            actor: principal,
            action: "export",
            resourceType: "urgence_person",
            resourceId: id,
            organisationId: person?.organisation_id ?? null,
            purpose,
            outcome: "denied",
          });
        }
        throw error;
      }
      const { person, access: kind } = reached;
      // The group (the kept record and its duplicates), limited to the records the requester may export.
      const group = await repo.group(person.merged_into_id ?? person.id);
      const shown = [id];
      for (const member of group) if (member !== id && (await reaches(principal, member))) shown.push(member);
      const rows = await repo.people(shown);
      const people = shown.map((s) => rows.find((r) => r.id === s)!);

      // Audited before anything leaves, so the export is in its own access log.
      await audit.recordMany(
        people.map((p) => ({
          actor: principal,
          action: "export",
          resourceType: "urgence_person",
          resourceId: p.id,
          organisationId: p.organisation_id,
          purpose,
          outcome: "success" as const,
        })),
      );
      const data = await repo.records(shown);
      const log = await repo.accessLog({
        people: shown,
        encounters: data.encounters.map((e) => e.id),
        requests: data.requests.map((r) => r.id),
      });
      // The organisation the requester acts for: the owner, or the SIAO that heads the owner's network.
      const network = (await access.networksOf([person.organisation_id])).get(person.organisation_id);
      const actingFor = kind === "owner" ? person.organisation_id : network;
      const requester = principal.memberships.find((m) => m.organisationId === actingFor) ?? principal.memberships[0]!;
      const organisations = await repo.organisationNames([
        requester.organisationId,
        ...people.map((p) => p.organisation_id),
        ...data.consents.map((c) => c.recorded_by_organisation_id),
        ...data.audiences.map((a) => a.audience_id),
        ...data.encounters.map((e) => e.organisation_id),
        ...data.requests.map((r) => r.organisation_id),
        ...data.events.flatMap((e) => (e.actor_organisation_id ? [e.actor_organisation_id] : [])),
        ...data.proposals.map((p) => p.proposed_by_organisation_id),
        ...log.flatMap((a) => (a.actor_organisation_id ? [a.actor_organisation_id] : [])),
      ]);
      const structures = await repo.structureNames(
        data.requests.flatMap((r) => (r.proposed_structure_id ? [r.proposed_structure_id] : [])),
      );
      return buildExport({
        people,
        mergedIntoId: person.merged_into_id && shown.includes(person.merged_into_id) ? person.merged_into_id : null,
        data,
        log,
        organisations,
        structures,
        requestedBy: {
          organisation: { id: requester.organisationId, name: organisations.get(requester.organisationId) ?? null },
          access: kind,
          purpose,
        },
        information: exportInformation(organisations.get(person.organisation_id) ?? null, periods),
        generatedAt: now.toISOString(),
      });
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;
