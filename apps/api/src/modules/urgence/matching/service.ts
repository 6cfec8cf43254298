import { nowIso, type UrgenceTables } from "@zero/db";
import type { MatchingBody, MatchingResult, PrioritySettings } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import type { RequestsRepository } from "../requests/repository.ts";
import { addDays, codes, today, type AuditBatch } from "../shared.ts";
import type { SettingsRepository } from "../settings/repository.ts";
import type { StructuresRepository } from "../structures/repository.ts";
import { match } from "./engine.ts";
import { priorityOf, priorityText, type Priority } from "./priority.ts";
import type { MatchingRepository } from "./repository.ts";
import type { MatchFeature, MatchLine, MatchPublic, MatchRequest } from "./types.ts";

type Line = Awaited<ReturnType<StructuresRepository["linesFor"]>>[number];

function toMatchLines(lines: Line[], structures: Map<string, UrgenceTables["urgence_structures"]>): MatchLine[] {
  return lines.map((l) => ({
    key: `${l.structure_id}|${l.line_key}`,
    structureId: l.structure_id,
    structureName: structures.get(l.structure_id)?.name ?? "structure",
    postcode: structures.get(l.structure_id)?.postcode ?? "",
    lineKey: l.line_key,
    public: l.public as MatchPublic,
    unitCapacity: l.unit_capacity,
    remaining: l.remaining,
    features: codes(l.features) as MatchFeature[],
  }));
}

interface Deps {
  repo: MatchingRepository;
  requests: RequestsRepository;
  structures: StructuresRepository;
  settings: SettingsRepository;
  access: UrgenceAccess;
  audit: AuditService;
  auditMany: AuditBatch;
}

/** Tonight's orientation: loads requests and places, runs the pure engine, records the result. */
export function matchingService({ repo, requests, structures, settings, access, audit, auditMany }: Deps) {
  return {
    async run(principal: Principal, body: MatchingBody): Promise<MatchingResult> {
      await access.network(principal, "urgence:matching:run", body.networkId);
      const night = body.date ?? today();
      const dryRun = body.dryRun ?? false;
      const started = performance.now();
      const grants = await access.grants(principal, "urgence:matching:run");
      const candidates = (await requests.list(grants, body.networkId, { limit: 100_000 })).filter(
        (r) => r.status === "open" || r.status === "refused",
      );
      const persons = new Map((await repo.peopleOf([...new Set(candidates.map((c) => c.person_id))])).map((p) => [p.id, p]));
      const structureRows = new Map((await structures.inNetwork(body.networkId)).map((s) => [s.id, s]));
      const tonight = toMatchLines(await structures.linesFor("network", night, body.networkId), structureRows);
      const tomorrowLines = toMatchLines(await structures.linesFor("network", addDays(night, 1), body.networkId), structureRows);
      const policy: PrioritySettings = (await settings.get(body.networkId)).priority;
      const now = `${night}T20:00:00.000Z` > nowIso() ? nowIso() : `${night}T20:00:00.000Z`;
      const priorities = new Map<string, Priority>();
      const input: MatchRequest[] = candidates.map((c) => {
        const p = persons.get(c.person_id);
        const age = p?.birth_year == null ? null : Number(night.slice(0, 4)) - Number(p.birth_year);
        const base = {
          adults: Number(c.adults),
          children: Number(c.children),
          needs: codes(c.needs),
          gender: p?.gender ?? null,
          age,
          openedAt: c.opened_at,
        };
        const priority = priorityOf(base, policy, now);
        priorities.set(c.id, priority);
        return { id: c.id, ...base, priority: priority.score };
      });
      const outcomes = match(input, tonight, tomorrowLines.length ? tomorrowLines : null);
      const byId = new Map(candidates.map((c) => [c.id, c]));
      const items = outcomes.map((o) => {
        const request = byId.get(o.requestId)!;
        const priority = priorities.get(o.requestId)!;
        return {
          requestId: o.requestId,
          personId: request.person_id,
          priority: priority.score,
          priorityDetail: priority.detail,
          proposal: o.line
            ? {
                structureId: o.line.structureId,
                structureName: o.line.structureName,
                lineKey: o.line.lineKey,
                public: o.line.public,
                unitCapacity: o.line.unitCapacity,
              }
            : null,
          reason: `${o.reason[0]!.toUpperCase()}${o.reason.slice(1)} — ${priorityText(priority)}`,
        };
      });
      // The answer names people (ids, priority details): one audited read per person, dry run or not.
      await auditMany(
        [...persons.values()].map((p) => ({
          actor: principal,
          action: "read",
          resourceType: "urgence_person",
          resourceId: p.id,
          organisationId: p.organisation_id,
          purpose: body.purpose,
        })),
      );
      if (!dryRun) {
        const at = nowIso();
        const actorOrganisationId =
          principal.memberships.find((m) => m.organisationId === body.networkId)?.organisationId ??
          principal.memberships[0]?.organisationId ??
          null;
        for (const item of items.filter((i) => i.proposal)) {
          const request = byId.get(item.requestId)!;
          await requests.move(
            request,
            {
              status: "proposed",
              proposed_structure_id: item.proposal!.structureId,
              proposed_for_date: night,
              proposed_line_key: item.proposal!.lineKey,
              proposal_reason: item.reason,
              proposed_at: at,
              confirmed_at: null,
              decided_by: null,
              decision_reason: null,
            },
            {
              type: "proposed",
              from: request.status,
              to: "proposed",
              actorUserId: principal.userId,
              actorOrganisationId,
              detail: { structureId: item.proposal!.structureId, lineKey: item.proposal!.lineKey, reason: item.reason },
            },
            at,
          );
        }
        await requests.recordUnmet(
          items.filter((i) => !i.proposal).map((i) => ({ request_id: i.requestId, night, person_id: i.personId, reason: i.reason })),
        );
        await auditMany(
          items.map((i) => ({
            actor: principal,
            action: i.proposal ? "propose" : "unmet_night",
            resourceType: "urgence_request",
            resourceId: i.requestId,
            organisationId: byId.get(i.requestId)!.organisation_id,
            purpose: body.purpose,
          })),
        );
      }
      await audit.record({
        actor: principal,
        action: dryRun ? "matching_preview" : "matching_run",
        resourceType: "urgence_matching",
        resourceId: null,
        organisationId: body.networkId,
        purpose: body.purpose,
        outcome: "success",
      });
      const proposed = items.filter((i) => i.proposal).length;
      return {
        date: night,
        dryRun,
        items,
        stats: {
          requests: items.length,
          proposed,
          unmet: items.length - proposed,
          freeUnits: tonight.reduce((s, l) => s + l.remaining, 0),
          elapsedMs: Math.round(performance.now() - started),
        },
      };
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
