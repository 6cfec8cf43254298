import { Type, type Static } from "@sinclair/typebox";
import {
  DESTINATION_CODES,
  Feature,
  FilterInstant,
  NightDay,
  NightViewDay,
  ObservedAt,
  Nullable,
  PersonNeed,
  PublicSchema,
  Reason,
  Purpose,
  REQUEST_STATUS_CODES,
  Uuid,
  literals,
} from "./common.ts";

const Codes = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 });

export const EncounterBody = Type.Object(
  {
    organisationId: Uuid,
    personId: Type.Optional(Nullable(Uuid)),
    channel: literals(["maraude", "call_115", "day_centre", "other"] as const),
    occurredAt: Type.Optional(ObservedAt("Date et heure de la rencontre (défaut : maintenant)")),
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
    address: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    sector: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    livingSituation: literals(["street", "squat", "tent", "car", "emergency_shelter", "hotel", "hosted", "other"] as const),
    needsExpressed: Type.Optional(Codes),
    servicesGiven: Type.Optional(Codes),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type EncounterBody = Static<typeof EncounterBody>;

export const EncounterView = Type.Object({
  id: Type.String(),
  personId: Nullable(Type.String()),
  organisationId: Type.String(),
  channel: Type.String(),
  occurredAt: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  address: Nullable(Type.String()),
  sector: Nullable(Type.String()),
  livingSituation: Type.String(),
  needsExpressed: Type.Array(Type.String()),
  servicesGiven: Type.Array(Type.String()),
  notes: Nullable(Type.String()),
});
export type EncounterView = Static<typeof EncounterView>;

export const EncounterQuery = Type.Object(
  {
    organisationId: Uuid,
    from: Type.Optional(FilterInstant("Rencontres depuis")),
    to: Type.Optional(FilterInstant("Rencontres jusqu'à")),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
  },
  { additionalProperties: false },
);
export type EncounterQuery = Static<typeof EncounterQuery>;

export const CreateRequestBody = Type.Object(
  {
    organisationId: Uuid,
    personId: Uuid,
    kind: literals(["urgence", "insertion"] as const),
    adults: Type.Integer({ minimum: 1, maximum: 20 }),
    children: Type.Integer({ minimum: 0, maximum: 20 }),
    needs: Type.Optional(Type.Array(PersonNeed, { maxItems: 4, uniqueItems: true })),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type CreateRequestBody = Static<typeof CreateRequestBody>;

export const TransitionBody = Type.Object(
  {
    to: literals(["open", "accepted", "refused", "arrived", "ended"] as const),
    by: Type.Optional(literals(["person", "structure", "operator"] as const)),
    reason: Type.Optional(Reason),
    destination: Type.Optional(literals(DESTINATION_CODES)),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type TransitionBody = Static<typeof TransitionBody>;

export const ProposalBody = Type.Object(
  {
    action: literals(["confirm", "override"] as const),
    structureId: Type.Optional(Uuid),
    lineKey: Type.Optional(Type.String({ maxLength: 80 })),
    reason: Type.Optional(Reason),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type ProposalBody = Static<typeof ProposalBody>;

export const RequestView = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  organisationId: Type.String(),
  kind: Type.String(),
  adults: Type.Integer(),
  children: Type.Integer(),
  needs: Type.Array(Type.String()),
  status: literals(REQUEST_STATUS_CODES),
  openedAt: Type.String(),
  proposal: Nullable(
    Type.Object({
      structureId: Type.String(),
      forDate: Type.String(),
      lineKey: Type.String(),
      reason: Nullable(Type.String()),
      proposedAt: Nullable(Type.String()),
      confirmedAt: Nullable(Type.String()),
    }),
  ),
  decidedBy: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  arrivedAt: Nullable(Type.String()),
  endedAt: Nullable(Type.String()),
  endDestination: Nullable(Type.String()),
  unmetNights: Type.Integer(),
});
export type RequestView = Static<typeof RequestView>;

export const RequestQuery = Type.Object(
  {
    networkId: Uuid,
    status: Type.Optional(literals(REQUEST_STATUS_CODES)),
    structureId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
  },
  { additionalProperties: false },
);
export type RequestQuery = Static<typeof RequestQuery>;

const CapacityLine = Type.Object(
  {
    public: PublicSchema,
    unitCapacity: Type.Integer({ minimum: 1, maximum: 12, description: "Lits par unité (1 = un lit)" }),
    units: Type.Integer({ minimum: 0, maximum: 5000 }),
    features: Type.Optional(Type.Array(Feature, { uniqueItems: true, maxItems: 2 })),
  },
  { additionalProperties: false },
);
export const STRUCTURE_KINDS = ["chu", "chrs", "hotel", "pension_de_famille", "lhss", "halte_de_nuit", "autre"] as const;
export const CreateStructureBody = Type.Object(
  {
    organisationId: Uuid,
    name: Type.String({ minLength: 2, maxLength: 120 }),
    kind: literals(STRUCTURE_KINDS),
    address: Type.String({ minLength: 2, maxLength: 200 }),
    postcode: Type.String({ pattern: "^\\d{5}$" }),
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
    capacity: Type.Array(CapacityLine, { maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type CreateStructureBody = Static<typeof CreateStructureBody>;

export const AvailabilityLine = Type.Object({
  lineKey: Type.String(),
  public: Type.String(),
  unitCapacity: Type.Integer(),
  freeUnits: Type.Integer(),
  remainingUnits: Type.Integer({ description: "Unités libres non encore proposées" }),
  features: Type.Array(Type.String()),
});
export const AvailabilityView = Type.Object({
  structureId: Type.String(),
  date: Type.String(),
  declaredAt: Nullable(Type.String()),
  lines: Type.Array(AvailabilityLine),
});
export type AvailabilityView = Static<typeof AvailabilityView>;

export const DeclareAvailabilityBody = Type.Object(
  {
    date: NightDay(),
    lines: Type.Array(
      Type.Object(
        {
          public: PublicSchema,
          unitCapacity: Type.Integer({ minimum: 1, maximum: 12 }),
          freeUnits: Type.Integer({ minimum: 0, maximum: 5000 }),
          features: Type.Optional(Type.Array(Feature, { uniqueItems: true, maxItems: 2 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 30 },
    ),
  },
  { additionalProperties: false },
);
export type DeclareAvailabilityBody = Static<typeof DeclareAvailabilityBody>;

export const StructureView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  address: Type.String(),
  postcode: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  capacity: Type.Array(
    Type.Object({ public: Type.String(), unitCapacity: Type.Integer(), units: Type.Integer(), features: Type.Array(Type.String()) }),
  ),
  today: Type.Object({
    date: Type.String(),
    declared: Type.Boolean(),
    freeUnits: Type.Integer(),
    capacityUnits: Type.Integer(),
    saturation: Nullable(Type.Number({ description: "Part des unités occupées, 0 à 1 (null sans déclaration)" })),
  }),
});
export type StructureView = Static<typeof StructureView>;

export const StructureQuery = Type.Object({ networkId: Uuid, date: Type.Optional(NightViewDay()) }, { additionalProperties: false });
export const AvailabilityQuery = Type.Object({ date: Type.Optional(NightViewDay()) }, { additionalProperties: false });
