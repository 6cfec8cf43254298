import { nowIso, uuidv7, type UrgenceTables } from "@zero/db";
import type { EncounterBody, EncounterQuery, EncounterView } from "@zero/schemas";
import { authorize } from "../permissions.ts";
import type { Principal } from "../../../authz/principal.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { codes, toJson, type AuditBatch } from "../shared.ts";
import type { EncountersRepository } from "./repository.ts";

function view(e: UrgenceTables["urgence_encounters"]): EncounterView {
  return {
    id: e.id,
    personId: e.person_id,
    organisationId: e.organisation_id,
    channel: e.channel,
    occurredAt: e.occurred_at,
    latitude: e.latitude === null ? null : Number(e.latitude),
    longitude: e.longitude === null ? null : Number(e.longitude),
    address: e.address,
    sector: e.sector,
    livingSituation: e.living_situation,
    needsExpressed: codes(e.needs_expressed),
    servicesGiven: codes(e.services_given),
    notes: e.notes,
  };
}

/** A validated date-time, with any offset, as the UTC ISO string stored in the database. */
function utcIso(value: string | undefined): string | undefined {
  return value === undefined ? undefined : new Date(value).toISOString();
}

interface Deps {
  repo: EncountersRepository;
  access: UrgenceAccess;
  audit: AuditService;
  auditMany: AuditBatch;
}

export function encountersService({ repo, access, audit, auditMany }: Deps) {
  return {
    /** An encounter is recorded by the actor's organisation, on a person the actor may write. */
    async create(principal: Principal, body: EncounterBody): Promise<EncounterView> {
      authorize(principal, "urgence:person:write", body.organisationId);
      const person = body.personId ? (await access.person(principal, body.personId, "urgence:person:write")).person : null;
      const now = nowIso();
      const row = {
        id: uuidv7(),
        person_id: person?.id ?? null,
        organisation_id: body.organisationId,
        recorded_by_user_id: principal.userId,
        channel: body.channel,
        occurred_at: body.occurredAt ? new Date(body.occurredAt).toISOString() : now,
        latitude: body.latitude ?? null,
        longitude: body.longitude ?? null,
        address: body.address ?? null,
        sector: body.sector ?? null,
        living_situation: body.livingSituation,
        needs_expressed: toJson(body.needsExpressed),
        services_given: toJson(body.servicesGiven),
        notes: body.notes ?? null,
        created_at: now,
      };
      await repo.create(row);
      await audit.record({
        actor: principal,
        action: "create",
        resourceType: "urgence_encounter",
        resourceId: row.id,
        organisationId: body.organisationId,
        purpose: body.purpose,
        outcome: "success",
      });
      if (person) {
        await audit.record({
          actor: principal,
          action: "encounter_added",
          resourceType: "urgence_person",
          resourceId: person.id,
          organisationId: person.organisation_id,
          purpose: body.purpose,
          outcome: "success",
        });
      }
      return view(row);
    },

    /** The encounters an organisation recorded (its rounds, its map), each read audited. */
    async list(principal: Principal, q: EncounterQuery): Promise<EncounterView[]> {
      authorize(principal, "urgence:person:read", q.organisationId);
      // Stored times are UTC ISO strings: compare with the bounds in the same form (ADR 0004).
      const rows = await repo.list(q.organisationId, utcIso(q.from), utcIso(q.to), q.limit ?? 200);
      await auditMany(
        rows.map((r) => ({
          actor: principal,
          action: "read",
          resourceType: "urgence_encounter",
          resourceId: r.id,
          organisationId: r.organisation_id,
          purpose: "consultation des rencontres de l'équipe",
        })),
      );
      return rows.map(view);
    },
  };
}

export type EncountersService = ReturnType<typeof encountersService>;
