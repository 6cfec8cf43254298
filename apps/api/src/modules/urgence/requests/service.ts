import { nowIso, uuidv7, type RequestStatus, type UrgenceTables } from "@zero/db";
import type { CreateRequestBody, ProposalBody, RequestQuery, RequestView, TransitionBody } from "@zero/schemas";
import { authorize } from "../permissions.ts";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { compatible } from "../matching/constraints.ts";
import type { MatchFeature, MatchPublic } from "../matching/types.ts";
import type { PeopleRepository } from "../people/repository.ts";
import { statusReason } from "../people/view.ts";
import { codes, today, toJson, type AuditBatch } from "../shared.ts";
import type { StructuresRepository } from "../structures/repository.ts";
import type { RequestsRepository } from "./repository.ts";
import { canMove, DESTINATION_STATUS } from "./transitions.ts";
import { urgenceError } from "../errors.ts";

type RequestRow = UrgenceTables["urgence_requests"];

export function requestView(r: RequestRow, unmetNights: number): RequestView {
  return {
    id: r.id,
    personId: r.person_id,
    organisationId: r.organisation_id,
    kind: r.kind,
    adults: Number(r.adults),
    children: Number(r.children),
    needs: codes(r.needs),
    status: r.status,
    openedAt: r.opened_at,
    proposal:
      r.proposed_structure_id && r.proposed_for_date && r.proposed_line_key
        ? {
            structureId: r.proposed_structure_id,
            forDate: r.proposed_for_date,
            lineKey: r.proposed_line_key,
            reason: r.proposal_reason,
            proposedAt: r.proposed_at,
            confirmedAt: r.confirmed_at,
          }
        : null,
    decidedBy: r.decided_by,
    decisionReason: r.decision_reason,
    arrivedAt: r.arrived_at,
    endedAt: r.ended_at,
    endDestination: r.end_destination,
    unmetNights: unmetNights,
  };
}

interface Deps {
  repo: RequestsRepository;
  people: PeopleRepository;
  structures: StructuresRepository;
  access: UrgenceAccess;
  audit: AuditService;
  auditMany: AuditBatch;
}

export function requestsService({ repo, people, structures, access, audit, auditMany }: Deps) {
  const record = (principal: Principal, action: string, r: RequestRow, purpose: string) =>
    audit.record({
      actor: principal,
      action,
      resourceType: "urgence_request",
      resourceId: r.id,
      organisationId: r.organisation_id,
      purpose,
      outcome: "success",
    });

  /** A request is reached through its person; structure staff only for their structures. */
  async function reach(
    principal: Principal,
    id: string,
    permission: "urgence:person:read" | "urgence:request:decide" | "urgence:matching:run",
  ) {
    const request = await repo.find(id);
    if (!request) throw new AppError("NOT_FOUND");
    const { person, access: kind } = await access.person(principal, request.person_id, permission);
    if (kind === "structure") {
      const structure = request.proposed_structure_id ? await structures.find(request.proposed_structure_id) : undefined;
      if (!structure || !principal.memberships.some((m) => m.organisationId === structure.organisation_id)) throw new AppError("NOT_FOUND");
    }
    return { request, person, kind };
  }

  async function fresh(principal: Principal, id: string, audited: string | null): Promise<RequestView> {
    const request = (await repo.find(id))!;
    const unmet = await repo.unmetCounts([id]);
    if (audited) await record(principal, "read", request, audited);
    return requestView(request, unmet.get(id) ?? 0);
  }

  const actorOrg = (principal: Principal, preferred: string) =>
    principal.memberships.find((m) => m.organisationId === preferred)?.organisationId ?? principal.memberships[0]?.organisationId ?? null;

  return {
    async create(principal: Principal, body: CreateRequestBody): Promise<RequestView> {
      authorize(principal, "urgence:request:write", body.organisationId);
      await access.person(principal, body.personId, "urgence:request:write");
      const now = nowIso();
      const row: RequestRow = {
        id: uuidv7(),
        person_id: body.personId,
        organisation_id: body.organisationId,
        created_by_user_id: principal.userId,
        kind: body.kind,
        adults: body.adults,
        children: body.children,
        needs: toJson(body.needs),
        status: "open",
        opened_at: now,
        proposed_structure_id: null,
        proposed_for_date: null,
        proposed_line_key: null,
        proposal_reason: null,
        proposed_at: null,
        confirmed_at: null,
        decided_by: null,
        decision_reason: null,
        arrived_at: null,
        ended_at: null,
        end_destination: null,
        updated_at: now,
      };
      await repo.create(row, {
        type: "created",
        from: null,
        to: "open",
        actorUserId: principal.userId,
        actorOrganisationId: body.organisationId,
        detail: { kind: body.kind },
      });
      await record(principal, "create", row, body.purpose);
      return requestView(row, 0);
    },

    async list(principal: Principal, q: RequestQuery): Promise<RequestView[]> {
      await access.network(principal, "urgence:person:read", q.networkId);
      const grants = await access.grants(principal, "urgence:person:read");
      const rows = await repo.list(grants, q.networkId, { status: q.status, structureId: q.structureId, limit: q.limit ?? 200 });
      const unmet = await repo.unmetCounts(rows.map((r) => r.id));
      await auditMany(
        rows.map((r) => ({
          actor: principal,
          action: "read",
          resourceType: "urgence_request",
          resourceId: r.id,
          organisationId: r.organisation_id,
          purpose: "consultation des demandes d'hébergement",
        })),
      );
      return rows.map((r) => requestView(r, unmet.get(r.id) ?? 0));
    },

    async get(principal: Principal, id: string, purpose?: string): Promise<RequestView> {
      await reach(principal, id, "urgence:person:read");
      return fresh(principal, id, purpose ?? "consultation d'une demande d'hébergement");
    },

    async transition(principal: Principal, id: string, body: TransitionBody): Promise<RequestView> {
      const { request, person } = await reach(principal, id, "urgence:request:decide");
      // Decisions belong to the request's network (consent alone does not let another network decide).
      const requestNetwork = (await access.networksOf([request.organisation_id])).get(request.organisation_id);
      if (!requestNetwork) throw new AppError("NOT_FOUND");
      await access.network(principal, "urgence:request:decide", requestNetwork);
      const to = body.to as RequestStatus;
      if (!canMove(request.status, to) || (to === "open" && request.status === "open")) throw urgenceError("URGENCE_INVALID_TRANSITION");
      if ((to === "refused" || to === "open") && !body.reason) throw urgenceError("URGENCE_REASON_REQUIRED");
      if ((to === "accepted" || to === "refused") && !body.by)
        throw urgenceError("URGENCE_REASON_REQUIRED", {
          message: "Indiquez qui accepte ou refuse (la personne, la structure ou l'opérateur).",
        });
      if (to === "ended" && !body.destination)
        throw urgenceError("URGENCE_REASON_REQUIRED", { message: "Indiquez la destination à la fin de la prise en charge." });
      const now = nowIso();
      const set: Partial<RequestRow> = { status: to };
      if (to === "accepted" || to === "refused") Object.assign(set, { decided_by: body.by, decision_reason: body.reason ?? null });
      if (to === "open")
        Object.assign(set, {
          proposed_structure_id: null,
          proposed_for_date: null,
          proposed_line_key: null,
          proposal_reason: null,
          proposed_at: null,
          confirmed_at: null,
        });
      if (to === "arrived") set.arrived_at = now;
      if (to === "ended") Object.assign(set, { ended_at: now, end_destination: body.destination });
      const type = to === "open" ? "reopened" : to;
      const ok = await repo.move(
        request,
        set,
        {
          type,
          from: request.status,
          to,
          actorUserId: principal.userId,
          actorOrganisationId: actorOrg(principal, request.organisation_id),
          detail: { by: body.by, reason: body.reason, destination: body.destination },
        },
        now,
      );
      if (!ok) throw urgenceError("URGENCE_INVALID_TRANSITION");
      const listStatus = to === "ended" ? DESTINATION_STATUS[body.destination ?? ""] : undefined;
      if (listStatus && person.list_status !== listStatus && person.list_status !== "deceased") {
        await people.setStatus(
          person.id,
          person.list_status,
          listStatus,
          statusReason(person.list_status, listStatus),
          principal.userId,
          now,
        );
        await audit.record({
          actor: principal,
          action: "update_status",
          resourceType: "urgence_person",
          resourceId: person.id,
          organisationId: person.organisation_id,
          purpose: body.purpose,
          outcome: "success",
        });
      }
      await record(principal, type, request, body.purpose);
      return fresh(principal, id, null);
    },

    /** The operator confirms the proposal, or overrides it with another place (reason recorded). */
    async proposal(principal: Principal, id: string, body: ProposalBody): Promise<RequestView> {
      const { request, person } = await reach(principal, id, "urgence:matching:run");
      if (body.action === "confirm") {
        if (request.status !== "proposed") throw urgenceError("URGENCE_INVALID_TRANSITION");
        const ok = await repo.move(
          request,
          { confirmed_at: nowIso() },
          {
            type: "confirmed",
            from: "proposed",
            to: "proposed",
            actorUserId: principal.userId,
            actorOrganisationId: actorOrg(principal, request.organisation_id),
          },
        );
        if (!ok) throw urgenceError("URGENCE_INVALID_TRANSITION");
        await record(principal, "confirm_proposal", request, body.purpose);
        return fresh(principal, id, null);
      }
      if (!body.reason) throw urgenceError("URGENCE_REASON_REQUIRED");
      if (!canMove(request.status, "proposed")) throw urgenceError("URGENCE_INVALID_TRANSITION");
      if (!body.structureId || !body.lineKey)
        throw new AppError("VALIDATION_FAILED", {
          details: [{ in: "body", path: "/structureId", problem: "structureId et lineKey sont requis" }],
        });
      const night = request.proposed_for_date ?? today();
      const line = (await structures.linesFor([body.structureId], night)).find((l) => l.line_key === body.lineKey);
      const structure = await structures.find(body.structureId);
      const requestNetwork = (await access.networksOf([request.organisation_id])).get(request.organisation_id);
      const structureNetwork = structure
        ? (await access.networksOf([structure.organisation_id])).get(structure.organisation_id)
        : undefined;
      if (!line || !structure || !requestNetwork || structureNetwork !== requestNetwork) throw urgenceError("URGENCE_NO_CAPACITY");
      await access.network(principal, "urgence:matching:run", requestNetwork);
      const ownHold =
        request.proposed_structure_id === body.structureId &&
        request.proposed_line_key === body.lineKey &&
        request.proposed_for_date === night
          ? 1
          : 0;
      const age = person.birth_year === null ? null : Number(night.slice(0, 4)) - Number(person.birth_year);
      const fits = compatible(
        {
          id: request.id,
          adults: Number(request.adults),
          children: Number(request.children),
          gender: person.gender,
          age,
          needs: codes(request.needs),
          priority: 0,
          openedAt: request.opened_at,
        },
        {
          key: line.id,
          structureId: structure.id,
          structureName: structure.name,
          postcode: structure.postcode,
          lineKey: line.line_key,
          public: line.public as MatchPublic,
          unitCapacity: line.unit_capacity,
          features: codes(line.features) as MatchFeature[],
        },
      );
      if (!fits || line.remaining + ownHold < 1) throw urgenceError("URGENCE_NO_CAPACITY");
      const now = nowIso();
      const reason = `Choix de l'opérateur : ${structure.name} — ${body.reason}`;
      const ok = await repo.move(
        request,
        {
          status: "proposed",
          proposed_structure_id: structure.id,
          proposed_for_date: night,
          proposed_line_key: line.line_key,
          proposal_reason: reason,
          proposed_at: now,
          confirmed_at: now,
        },
        {
          type: "overridden",
          from: request.status,
          to: "proposed",
          actorUserId: principal.userId,
          actorOrganisationId: actorOrg(principal, request.organisation_id),
          detail: { structureId: structure.id, lineKey: line.line_key, reason: body.reason },
        },
        now,
      );
      if (!ok) throw urgenceError("URGENCE_INVALID_TRANSITION");
      await repo.clearUnmet(request.id, night);
      await record(principal, "override_proposal", request, body.purpose);
      return fresh(principal, id, null);
    },
  };
}

export type RequestsService = ReturnType<typeof requestsService>;
