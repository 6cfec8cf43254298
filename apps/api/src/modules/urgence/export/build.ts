import type { UrgenceTables } from "@zero/db";
import type { PersonExport } from "@zero/schemas";
import { codes } from "../shared.ts";
import type { ExportAuditRow, ExportRecords } from "./repository.ts";

type PersonRow = UrgenceTables["urgence_people"];
const RESOURCES: Record<string, string> = {
  urgence_person: "person",
  urgence_encounter: "encounter",
  urgence_request: "request",
};

export interface ExportInput {
  /** The record asked for, then the others of its group that the requester reaches. */
  people: PersonRow[];
  /** The record that `people[0]` was merged into, when the requester reaches it. */
  mergedIntoId: string | null;
  data: ExportRecords;
  log: ExportAuditRow[];
  organisations: Map<string, string>;
  structures: Map<string, string>;
  requestedBy: PersonExport["requestedBy"];
  information: PersonExport["information"];
  generatedAt: string;
}

function parsed(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The export (docs/api/export.md): the rows of the group, in a stable shape, codes kept as codes. */
export function buildExport(input: ExportInput): PersonExport {
  const { data, organisations, structures } = input;
  const org = (id: string) => ({ id, name: organisations.get(id) ?? null });
  const record = input.people[0]!;
  const network = (id: string) => organisations.get(id) ?? null;
  return {
    format: "zero.urgence.person-export",
    version: 1,
    generatedAt: input.generatedAt,
    requestedBy: input.requestedBy,
    record: {
      id: record.id,
      organisation: org(record.organisation_id),
      alias: record.alias,
      firstName: record.first_name,
      lastName: record.last_name,
      birthYear: record.birth_year === null ? null : Number(record.birth_year),
      gender: record.gender,
      languages: codes(record.languages),
      householdAdults: Number(record.household_adults),
      householdChildren: Number(record.household_children),
      needs: codes(record.needs),
      listStatus: record.list_status,
      statusChangedAt: record.status_changed_at,
      firstContactAt: record.first_contact_at,
      lastContactAt: record.last_contact_at,
      mergedIntoId: input.mergedIntoId,
      createdAt: record.created_at,
      updatedAt: record.updated_at,
    },
    statusHistory: data.statuses.map((s) => ({
      recordId: s.person_id,
      at: s.at,
      from: s.from_status,
      to: s.to_status,
      reason: s.reason,
    })),
    consents: data.consents.map((c) => ({
      id: c.id,
      recordId: c.person_id,
      givenAt: c.given_at,
      purposes: codes(c.purposes),
      audiences: data.audiences
        .filter((a) => a.consent_id === c.id)
        .map((a) => ({ type: a.audience_type, id: a.audience_id, name: network(a.audience_id) }))
        .sort((a, b) => (a.type + a.id < b.type + b.id ? -1 : 1)),
      recordedBy: org(c.recorded_by_organisation_id),
      withdrawnAt: c.withdrawn_at,
    })),
    encounters: data.encounters.map((e) => ({
      id: e.id,
      recordId: e.person_id ?? record.id,
      occurredAt: e.occurred_at,
      organisation: org(e.organisation_id),
      channel: e.channel,
      sector: e.sector,
      address: e.address,
      latitude: e.latitude === null ? null : Number(e.latitude),
      longitude: e.longitude === null ? null : Number(e.longitude),
      livingSituation: e.living_situation,
      needsExpressed: codes(e.needs_expressed),
      servicesGiven: codes(e.services_given),
      notes: e.notes,
    })),
    requests: data.requests.map((r) => ({
      id: r.id,
      recordId: r.person_id,
      kind: r.kind,
      organisation: org(r.organisation_id),
      adults: Number(r.adults),
      children: Number(r.children),
      needs: codes(r.needs),
      status: r.status,
      openedAt: r.opened_at,
      proposedStructure: r.proposed_structure_id
        ? { id: r.proposed_structure_id, name: structures.get(r.proposed_structure_id) ?? null }
        : null,
      proposedForDate: r.proposed_for_date,
      proposalReason: r.proposal_reason,
      proposedAt: r.proposed_at,
      confirmedAt: r.confirmed_at,
      decidedBy: r.decided_by,
      decisionReason: r.decision_reason,
      arrivedAt: r.arrived_at,
      endedAt: r.ended_at,
      endDestination: r.end_destination,
      events: data.events
        .filter((ev) => ev.request_id === r.id)
        .map((ev) => ({
          at: ev.at,
          type: ev.type,
          fromStatus: ev.from_status,
          toStatus: ev.to_status,
          organisation: ev.actor_organisation_id ? org(ev.actor_organisation_id) : null,
          detail: parsed(ev.detail),
        })),
    })),
    unmetNights: data.unmet.map((u) => ({
      recordId: u.person_id,
      requestId: u.request_id,
      night: u.night,
      reason: u.reason,
      recordedAt: u.recorded_at,
    })),
    proposals: data.proposals.map((p) => ({
      id: p.id,
      recordId: p.person_id,
      kind: p.kind,
      changes: parsed(p.changes_json),
      reason: p.reason,
      proposedBy: org(p.proposed_by_organisation_id),
      proposedAt: p.proposed_at,
      status: p.status,
      decidedAt: p.decided_at,
      decisionReason: p.decision_reason,
    })),
    mergedRecords: input.people.slice(1).map((p) => ({ id: p.id, organisation: org(p.organisation_id), mergedIntoId: p.merged_into_id })),
    accessLog: input.log.map((a) => ({
      at: a.at,
      organisation: a.actor_organisation_id ? org(a.actor_organisation_id) : null,
      action: a.action,
      resource: RESOURCES[a.resource_type] ?? a.resource_type,
      resourceId: a.resource_id ?? "",
      purpose: a.purpose,
      outcome: a.outcome,
    })),
    information: input.information,
  };
}
