import type { UrgenceTables } from "@zero/db";
import type { ConsentView, PersonView } from "@zero/schemas";
import type { AccessKind } from "../access.ts";
import { codes } from "../shared.ts";

type PersonRow = UrgenceTables["urgence_people"];
type ConsentRow = UrgenceTables["urgence_consents"] & {
  audiences: { audience_type: string; audience_id: string }[];
};

export function consentView(c: ConsentRow): ConsentView {
  return {
    id: c.id,
    givenAt: c.given_at,
    purposes: codes(c.purposes),
    audiences: c.audiences.map((a) => ({ type: a.audience_type, id: a.audience_id })),
    recordedByOrganisationId: c.recorded_by_organisation_id,
    withdrawnAt: c.withdrawn_at,
  };
}

/**
 * The consent shown for each person: the active one, else the latest withdrawn one (newest
 * first in `consents`). `givenAt` may be earlier than a consent it replaced.
 */
export function latestConsents(consents: ConsentRow[]): Map<string, ConsentRow> {
  const map = new Map<string, ConsentRow>();
  for (const c of consents) {
    const current = map.get(c.person_id);
    if (!current || (current.withdrawn_at && !c.withdrawn_at)) map.set(c.person_id, c);
  }
  return map;
}

export function personView(p: PersonRow, consent: ConsentRow | undefined, access: AccessKind): PersonView {
  return {
    id: p.id,
    organisationId: p.organisation_id,
    alias: p.alias,
    firstName: p.first_name,
    lastName: p.last_name,
    birthYear: p.birth_year === null ? null : Number(p.birth_year),
    gender: p.gender,
    languages: codes(p.languages),
    householdAdults: Number(p.household_adults),
    householdChildren: Number(p.household_children),
    needs: codes(p.needs),
    listStatus: p.list_status,
    statusChangedAt: p.status_changed_at,
    firstContactAt: p.first_contact_at,
    lastContactAt: p.last_contact_at,
    mergedIntoId: p.merged_into_id,
    consent: consent ? consentView(consent) : null,
    access,
  };
}

/** A short label for lists and suggestions: alias, else first and last name. */
export function personLabel(p: Pick<PersonRow, "alias" | "first_name" | "last_name">): string {
  const name = [p.first_name, p.last_name].filter(Boolean).join(" ");
  return p.alias && name ? `${p.alias} (${name})` : p.alias || name || "sans nom";
}

const STATUS_REASON: Record<string, string> = {
  "housed>active": "returned_from_housing",
  "inactive>active": "returned_from_inactive",
  "in_institution>active": "returned_from_institution",
  ">housed": "housed",
  ">inactive": "moved_to_inactive",
  ">in_institution": "in_institution",
  ">deceased": "deceased",
};

/** The reason code of a list-status change (feeds the dashboard's inflow and outflow). */
export function statusReason(from: string, to: string): string {
  return STATUS_REASON[`${from}>${to}`] ?? STATUS_REASON[`>${to}`] ?? "returned";
}
