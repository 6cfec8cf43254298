import type { PeopleRepository } from "./repository.ts";
import { codes } from "../shared.ts";

/** How the timeline names consent purposes, for people. */
const CONSENT_PURPOSE_LABELS: Record<string, string> = {
  orientation: "orientation vers un hébergement",
  follow_up: "suivi par les équipes",
  statistics: "statistiques anonymes",
};

type TimelineData = Awaited<ReturnType<PeopleRepository["timeline"]>>;

export interface TimelineItem {
  at: string;
  type: string;
  id: string;
  organisationId: string | null;
  summary: string;
  detail: Record<string, unknown>;
}

const STATUS_FR: Record<string, string> = {
  active: "active",
  inactive: "inactive",
  housed: "logée",
  in_institution: "en institution",
  deceased: "décédée",
};
const CHANNEL_FR: Record<string, string> = {
  maraude: "Rencontre en maraude",
  call_115: "Appel au 115",
  day_centre: "Passage en accueil de jour",
  other: "Rencontre",
};
const REQUEST_FR: Record<string, string> = {
  created: "Demande d'hébergement ouverte",
  proposed: "Place proposée",
  confirmed: "Proposition confirmée par l'opérateur",
  overridden: "Proposition modifiée par l'opérateur",
  accepted: "Proposition acceptée",
  refused: "Proposition refusée",
  arrived: "Arrivée dans la structure",
  ended: "Fin de prise en charge",
  reopened: "Demande remise en attente",
};

/** Every encounter, request step, status change and consent of a person, oldest first. */
export function buildTimeline(d: TimelineData): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const s of d.statuses) {
    items.push({
      at: s.at,
      type: "status",
      id: s.id,
      organisationId: null,
      summary: s.from_status
        ? `Statut : ${STATUS_FR[s.from_status] ?? s.from_status} → ${STATUS_FR[s.to_status] ?? s.to_status}`
        : "Inscription sur la liste nominative",
      detail: { from: s.from_status, to: s.to_status, reason: s.reason },
    });
  }
  for (const c of d.consents) {
    items.push({
      at: c.given_at,
      type: "consent",
      id: c.id,
      organisationId: c.recorded_by_organisation_id,
      summary: `Consentement recueilli (${codes(c.purposes)
        .map((p) => CONSENT_PURPOSE_LABELS[p] ?? p)
        .join(", ")})`,
      detail: { purposes: codes(c.purposes) },
    });
    if (c.withdrawn_at) {
      items.push({ at: c.withdrawn_at, type: "consent", id: c.id, organisationId: null, summary: "Consentement retiré", detail: {} });
    }
  }
  for (const e of d.encounters) {
    items.push({
      at: e.occurred_at,
      type: "encounter",
      id: e.id,
      organisationId: e.organisation_id,
      summary: `${CHANNEL_FR[e.channel] ?? "Rencontre"}${e.sector ? ` (${e.sector})` : ""}`,
      detail: {
        channel: e.channel,
        sector: e.sector,
        address: e.address,
        livingSituation: e.living_situation,
        needsExpressed: codes(e.needs_expressed),
        servicesGiven: codes(e.services_given),
        notes: e.notes,
      },
    });
  }
  for (const ev of d.events) {
    const request = d.requests.find((r) => r.id === ev.request_id);
    items.push({
      at: ev.at,
      type: "request",
      id: ev.request_id,
      organisationId: ev.actor_organisation_id,
      summary: REQUEST_FR[ev.type] ?? ev.type,
      detail: { status: ev.to_status, kind: request?.kind, ...(ev.detail ? (JSON.parse(ev.detail) as object) : {}) },
    });
  }
  for (const u of d.unmet) {
    items.push({
      at: `${u.night}T21:00:00.000Z`,
      type: "unmet_night",
      id: u.request_id,
      organisationId: null,
      summary: `Nuit sans solution : ${u.reason}`,
      detail: { night: u.night },
    });
  }
  return items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
