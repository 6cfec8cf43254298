// Tables of the Urgence sociale module (migrations 0003–0005 in ./migrations; 0009, written before modules
// had folders, stays in platform/migrations). Same rules as platform/schema.ts: text UUIDv7 ids, ISO-8601
// text timestamps, calendar days as `YYYY-MM-DD` text, no booleans (lists of codes are JSON arrays stored
// as text). Deliberately no nationality and no administrative-status column anywhere.
type Timestamp = string;
/** A calendar day, `YYYY-MM-DD`. */
type Day = string;
/** A JSON array of codes, stored as text so that both engines read it the same way. */
type JsonText = string;

/** Urgence sociale's own roles: the 115 line, street outreach / day-centre workers, shelter staff. */
export const URGENCE_ROLES = ["operator_115", "maraude", "structure_staff"] as const;

export const LIST_STATUSES = ["active", "inactive", "housed", "in_institution", "deceased"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const REQUEST_STATUSES = ["open", "proposed", "accepted", "refused", "arrived", "ended"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const PUBLICS = ["men", "women", "mixed", "couples", "families", "young"] as const;
export type Public = (typeof PUBLICS)[number];

/** An organisation's place in a SIAO network; the network is named by its SIAO organisation. */
export interface UrgenceNetworkMemberTable {
  organisation_id: string;
  siao_organisation_id: string;
  created_at: Timestamp;
}

/** Local policy of a network: inactivity delay and orientation priority (JSON). */
export interface UrgenceSettingsTable {
  siao_organisation_id: string;
  inactivity_days: number;
  priority_json: JsonText;
  updated_at: Timestamp;
  updated_by_user_id: string | null;
}

export interface UrgencePersonTable {
  id: string;
  /** The organisation that created the record and answers for it. */
  organisation_id: string;
  alias: string | null;
  first_name: string | null;
  last_name: string | null;
  birth_year: number | null;
  gender: "female" | "male" | "other" | null;
  languages: JsonText;
  household_adults: number;
  household_children: number;
  /** Codes: pets, reduced_mobility, medical_care, pregnancy. */
  needs: JsonText;
  list_status: ListStatus;
  status_changed_at: Timestamp;
  first_contact_at: Timestamp;
  last_contact_at: Timestamp;
  merged_into_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Normalised alias and names for accent-insensitive search, written by the application (migration 0005). */
  search_text: string;
}

export interface UrgenceStatusEventTable {
  id: string;
  person_id: string;
  at: Timestamp;
  from_status: ListStatus | null;
  to_status: ListStatus;
  /** identified, returned_from_housing, returned_from_inactive, returned, housed, moved_to_inactive, … */
  reason: string;
  actor_user_id: string | null;
}

export interface UrgenceConsentTable {
  id: string;
  person_id: string;
  given_at: Timestamp;
  /** Codes: orientation, follow_up, statistics. */
  purposes: JsonText;
  recorded_by_user_id: string;
  recorded_by_organisation_id: string;
  withdrawn_at: Timestamp | null;
  withdrawn_by_user_id: string | null;
}

/** Who a consent shares the record with: one organisation, or a whole SIAO network. */
export interface UrgenceConsentAudienceTable {
  consent_id: string;
  audience_type: "organisation" | "network";
  audience_id: string;
}

export interface UrgenceEncounterTable {
  id: string;
  person_id: string | null;
  organisation_id: string;
  recorded_by_user_id: string;
  channel: "maraude" | "call_115" | "day_centre" | "other";
  occurred_at: Timestamp;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  sector: string | null;
  living_situation: string;
  needs_expressed: JsonText;
  services_given: JsonText;
  notes: string | null;
  created_at: Timestamp;
}

export interface UrgenceStructureTable {
  id: string;
  organisation_id: string;
  name: string;
  kind: string;
  address: string;
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  /** JSON array of capacity lines: { public, unitCapacity, units, features }. */
  capacity_json: JsonText;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A line of a day's declaration: `free_units` units of `unit_capacity` beds for a public. */
export interface UrgenceAvailabilityTable {
  id: string;
  structure_id: string;
  organisation_id: string;
  for_date: Day;
  line_key: string;
  public: Public;
  unit_capacity: number;
  free_units: number;
  /** Codes the units accept: pets, reduced_mobility. */
  features: JsonText;
  declared_at: Timestamp;
  declared_by_user_id: string;
}

export interface UrgenceRequestTable {
  id: string;
  person_id: string;
  organisation_id: string;
  created_by_user_id: string;
  kind: "urgence" | "insertion";
  adults: number;
  children: number;
  /** Codes: pets, reduced_mobility, medical_care, pregnancy (constraints of this request). */
  needs: JsonText;
  status: RequestStatus;
  opened_at: Timestamp;
  proposed_structure_id: string | null;
  proposed_for_date: Day | null;
  proposed_line_key: string | null;
  proposal_reason: string | null;
  proposed_at: Timestamp | null;
  confirmed_at: Timestamp | null;
  decided_by: "person" | "structure" | "operator" | null;
  decision_reason: string | null;
  arrived_at: Timestamp | null;
  ended_at: Timestamp | null;
  end_destination: string | null;
  updated_at: Timestamp;
}

/** Every step of a request: the timeline and the "who, why" of each decision. */
export interface UrgenceRequestEventTable {
  id: string;
  request_id: string;
  person_id: string;
  at: Timestamp;
  type: string;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  detail: string | null;
}

/** A night when an open request got no place, with the reason given that night. */
export interface UrgenceUnmetNightTable {
  request_id: string;
  night: Day;
  person_id: string;
  reason: string;
  recorded_at: Timestamp;
}

/** A team's sector (migration 0004): a GeoJSON polygon and/or arrondissements (postcodes). */
export interface UrgenceSectorTable {
  id: string;
  siao_organisation_id: string;
  /** The team (organisation) that covers the sector. */
  organisation_id: string;
  name: string;
  /** A GeoJSON Polygon or MultiPolygon geometry, as text. */
  geometry_json: string | null;
  /** JSON array of postcodes (13001…13016). */
  arrondissements: JsonText;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by_user_id: string | null;
}

/** A role that opens people's records, admitted by the network's SIAO for a member (migration 0009). */
export interface UrgenceRoleAdmissionTable {
  organisation_id: string;
  role: string;
  siao_organisation_id: string;
  admitted_by_user_id: string | null;
  admitted_at: Timestamp;
}

export const RECORD_PROPOSAL_KINDS = ["rename", "deceased", "consent"] as const;
export type RecordProposalKind = (typeof RECORD_PROPOSAL_KINDS)[number];

/**
 * A change to a person's record proposed by an organisation that only shares it (consent),
 * decided by the owner organisation or the SIAO coordination (migration 0009).
 */
export interface UrgenceRecordProposalTable {
  id: string;
  person_id: string;
  kind: RecordProposalKind;
  /** The proposed change (names, or the consent to record), JSON. */
  changes_json: JsonText;
  reason: string;
  proposed_by_user_id: string;
  proposed_by_organisation_id: string;
  proposed_at: Timestamp;
  status: "pending" | "accepted" | "rejected";
  decided_by_user_id: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
}

export interface UrgenceTables {
  urgence_role_admissions: UrgenceRoleAdmissionTable;
  urgence_record_proposals: UrgenceRecordProposalTable;
  urgence_sectors: UrgenceSectorTable;
  urgence_network_members: UrgenceNetworkMemberTable;
  urgence_settings: UrgenceSettingsTable;
  urgence_people: UrgencePersonTable;
  urgence_status_events: UrgenceStatusEventTable;
  urgence_consents: UrgenceConsentTable;
  urgence_consent_audiences: UrgenceConsentAudienceTable;
  urgence_encounters: UrgenceEncounterTable;
  urgence_structures: UrgenceStructureTable;
  urgence_availability: UrgenceAvailabilityTable;
  urgence_requests: UrgenceRequestTable;
  urgence_request_events: UrgenceRequestEventTable;
  urgence_unmet_nights: UrgenceUnmetNightTable;
}
