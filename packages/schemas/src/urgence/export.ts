import { Type, type Static } from "@sinclair/typebox";
import { Nullable, Purpose, literals } from "./common.ts";

// A person's data export (right of access, RGPD article 15): everything Zéro holds about a
// person of the by-name list, and who read or changed it. The structure is stable (version 1)
// and documented field by field in docs/api/export.md.

export const ExportQuery = Type.Object(
  {
    format: Type.Optional(literals(["json", "pdf"] as const, "json (par défaut) ou pdf")),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

const Text = Type.String();
const Codes = Type.Array(Type.String());
/** An organisation named by its id and its name (null once the organisation is gone). */
export const ExportOrganisation = Type.Object({ id: Text, name: Nullable(Text) });
const Org = ExportOrganisation;
/** Which record of the group (the record exported, or one merged into it) a line belongs to. */
const RecordId = Type.String({ description: "Fiche concernée (la fiche exportée ou une fiche fusionnée)" });

export const ExportRecord = Type.Object({
  id: Text,
  organisation: Org,
  alias: Nullable(Text),
  firstName: Nullable(Text),
  lastName: Nullable(Text),
  birthYear: Nullable(Type.Integer()),
  gender: Nullable(Text),
  languages: Codes,
  householdAdults: Type.Integer(),
  householdChildren: Type.Integer(),
  needs: Codes,
  listStatus: Text,
  statusChangedAt: Text,
  firstContactAt: Text,
  lastContactAt: Text,
  mergedIntoId: Nullable(Text),
  createdAt: Text,
  updatedAt: Text,
});

export const ExportStatusEvent = Type.Object({
  recordId: RecordId,
  at: Text,
  from: Nullable(Text),
  to: Text,
  reason: Text,
});

export const ExportConsent = Type.Object({
  id: Text,
  recordId: RecordId,
  givenAt: Text,
  purposes: Codes,
  audiences: Type.Array(Type.Object({ type: Type.String({ description: "organisation, network" }), id: Text, name: Nullable(Text) })),
  recordedBy: Org,
  withdrawnAt: Nullable(Text),
});

export const ExportEncounter = Type.Object({
  id: Text,
  recordId: RecordId,
  occurredAt: Text,
  organisation: Org,
  channel: Text,
  sector: Nullable(Text),
  address: Nullable(Text),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  livingSituation: Text,
  needsExpressed: Codes,
  servicesGiven: Codes,
  notes: Nullable(Text),
});

export const ExportRequestEvent = Type.Object({
  at: Text,
  type: Text,
  fromStatus: Nullable(Text),
  toStatus: Text,
  organisation: Nullable(Org),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const ExportRequest = Type.Object({
  id: Text,
  recordId: RecordId,
  kind: Text,
  organisation: Org,
  adults: Type.Integer(),
  children: Type.Integer(),
  needs: Codes,
  status: Text,
  openedAt: Text,
  proposedStructure: Nullable(Org),
  proposedForDate: Nullable(Text),
  proposalReason: Nullable(Text),
  proposedAt: Nullable(Text),
  confirmedAt: Nullable(Text),
  decidedBy: Nullable(Text),
  decisionReason: Nullable(Text),
  arrivedAt: Nullable(Text),
  endedAt: Nullable(Text),
  endDestination: Nullable(Text),
  events: Type.Array(ExportRequestEvent),
});

export const ExportUnmetNight = Type.Object({
  recordId: RecordId,
  requestId: Text,
  night: Text,
  reason: Text,
  recordedAt: Text,
});

export const ExportProposal = Type.Object({
  id: Text,
  recordId: RecordId,
  kind: Type.String({ description: "rename, deceased, consent" }),
  changes: Type.Record(Type.String(), Type.Unknown()),
  reason: Text,
  proposedBy: Org,
  proposedAt: Text,
  status: Type.String({ description: "pending, accepted, rejected" }),
  decidedAt: Nullable(Text),
  decisionReason: Nullable(Text),
});

/** Another record of the same person (a duplicate merged into it, or the record it was merged into). */
export const ExportMergedRecord = Type.Object({
  id: Text,
  organisation: Org,
  mergedIntoId: Nullable(Text),
});

export const ExportAccessEntry = Type.Object({
  at: Text,
  organisation: Nullable(Org),
  action: Text,
  resource: Type.String({ description: "person, encounter, request" }),
  resourceId: Type.String({ description: "La fiche, la rencontre ou la demande" }),
  purpose: Text,
  outcome: Type.String({ description: "success, denied, failure" }),
});

export const ExportInformation = Type.Object({
  controller: Text,
  purposes: Type.Array(Text),
  legalBasis: Text,
  recipients: Text,
  retention: Type.Array(Text),
  rights: Type.Array(Text),
  complaint: Text,
  source: Text,
});

export const PersonExport = Type.Object({
  format: Type.Literal("zero.urgence.person-export"),
  version: Type.Literal(1),
  generatedAt: Text,
  requestedBy: Type.Object({ organisation: Org, access: Type.String({ description: "owner, siao" }), purpose: Text }),
  record: ExportRecord,
  statusHistory: Type.Array(ExportStatusEvent),
  consents: Type.Array(ExportConsent),
  encounters: Type.Array(ExportEncounter),
  requests: Type.Array(ExportRequest),
  unmetNights: Type.Array(ExportUnmetNight),
  proposals: Type.Array(ExportProposal),
  mergedRecords: Type.Array(ExportMergedRecord),
  accessLog: Type.Array(ExportAccessEntry),
  information: ExportInformation,
});
export type PersonExport = Static<typeof PersonExport>;
