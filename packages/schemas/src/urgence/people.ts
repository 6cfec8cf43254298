import { Type, type Static } from "@sinclair/typebox";
import {
  AuditText,
  BirthYear,
  CONSENT_PURPOSE_CODES,
  ObservedAt,
  TodayDay,
  ListStatusSchema,
  Nullable,
  PersonNeed,
  Purpose,
  Uuid,
  literals,
} from "./common.ts";

const Name = Type.String({ minLength: 1, maxLength: 80 });
const Language = Type.String({ minLength: 2, maxLength: 35, description: "Code de langue (BCP 47), ex. fr, ar, ps" });
const personFields = {
  alias: Type.Optional(Nullable(Name)),
  firstName: Type.Optional(Nullable(Name)),
  lastName: Type.Optional(Nullable(Name)),
  birthYear: Type.Optional(Nullable(BirthYear())),
  gender: Type.Optional(Nullable(literals(["female", "male", "other"] as const))),
  languages: Type.Optional(Type.Array(Language, { maxItems: 10 })),
  householdAdults: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  householdChildren: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
  needs: Type.Optional(Type.Array(PersonNeed, { maxItems: 4, uniqueItems: true })),
};

export const ConsentAudience = Type.Object(
  { type: literals(["organisation", "network"] as const), id: Uuid },
  { additionalProperties: false },
);
export const ConsentBody = Type.Object(
  {
    purposes: Type.Array(literals(CONSENT_PURPOSE_CODES), { minItems: 1, maxItems: 3, uniqueItems: true }),
    audiences: Type.Array(ConsentAudience, { maxItems: 50 }),
    givenAt: Type.Optional(ObservedAt("Date et heure du consentement")),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type ConsentBody = Static<typeof ConsentBody>;

export const CreatePersonBody = Type.Object(
  {
    organisationId: Uuid,
    ...personFields,
    consent: Type.Optional(Type.Omit(ConsentBody, ["purpose"])),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type CreatePersonBody = Static<typeof CreatePersonBody>;

export const UpdatePersonBody = Type.Object({ ...personFields, purpose: Purpose }, { additionalProperties: false });
export type UpdatePersonBody = Static<typeof UpdatePersonBody>;

export const StatusChangeBody = Type.Object(
  { status: ListStatusSchema, reason: Type.Optional(AuditText({ maxLength: 200 })), purpose: Purpose },
  { additionalProperties: false },
);
export type StatusChangeBody = Static<typeof StatusChangeBody>;

export const PurposeBody = Type.Object({ purpose: Purpose }, { additionalProperties: false });
export type PurposeBody = Static<typeof PurposeBody>;

export const MergeBody = Type.Object({ intoId: Uuid, purpose: Purpose }, { additionalProperties: false });
export type MergeBody = Static<typeof MergeBody>;

export const ConsentView = Type.Object({
  id: Type.String(),
  givenAt: Type.String(),
  purposes: Type.Array(Type.String()),
  audiences: Type.Array(Type.Object({ type: Type.String(), id: Type.String() })),
  recordedByOrganisationId: Type.String(),
  withdrawnAt: Nullable(Type.String()),
});
export type ConsentView = Static<typeof ConsentView>;

export const PersonView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  alias: Nullable(Type.String()),
  firstName: Nullable(Type.String()),
  lastName: Nullable(Type.String()),
  birthYear: Nullable(Type.Integer()),
  gender: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  householdAdults: Type.Integer(),
  householdChildren: Type.Integer(),
  needs: Type.Array(Type.String()),
  listStatus: Type.String(),
  statusChangedAt: Type.String(),
  firstContactAt: Type.String(),
  lastContactAt: Type.String(),
  mergedIntoId: Nullable(Type.String()),
  consent: Nullable(ConsentView),
  access: Type.String({ description: "Pourquoi vous voyez cette fiche : owner, siao, consent, structure" }),
});
export type PersonView = Static<typeof PersonView>;

export const PeopleQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    status: Type.Optional(ListStatusSchema),
    q: Type.Optional(
      Type.String({ maxLength: 80, description: "Recherche sur le nom ou l'alias, sans tenir compte des accents ni des majuscules" }),
    ),
    birthYear: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100, description: "Année de naissance" })),
    birthYearTolerance: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 5, default: 0, description: "Tolérance en années autour de birthYear (1 : ±1 an)" }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    before: Type.Optional(Type.String({ maxLength: 64 })),
    purpose: Type.Optional(Purpose),
  },
  { additionalProperties: false },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

export const PeoplePage = Type.Object({ people: Type.Array(PersonView), nextCursor: Nullable(Type.String()) });
export type PeoplePage = Static<typeof PeoplePage>;

export const ReadQuery = Type.Object({ purpose: Type.Optional(Purpose) }, { additionalProperties: false });
export type ReadQuery = Static<typeof ReadQuery>;

export const TimelineItem = Type.Object({
  at: Type.String(),
  type: Type.String({ description: "encounter, request, status, consent, unmet_night" }),
  id: Type.String(),
  organisationId: Nullable(Type.String()),
  summary: Type.String({ description: "Résumé en français" }),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
export const Timeline = Type.Object({ personId: Type.String(), items: Type.Array(TimelineItem) });
export type Timeline = Static<typeof Timeline>;

export const InactivityBody = Type.Object(
  { networkId: Uuid, today: Type.Optional(TodayDay()), purpose: Purpose },
  { additionalProperties: false },
);
export type InactivityBody = Static<typeof InactivityBody>;
export const InactivityResult = Type.Object({ movedToInactive: Type.Integer(), inactivityDays: Type.Integer() });

export const DuplicateSuggestion = Type.Object({
  a: Type.Object({ id: Type.String(), label: Type.String(), birthYear: Nullable(Type.Integer()), organisationId: Type.String() }),
  b: Type.Object({ id: Type.String(), label: Type.String(), birthYear: Nullable(Type.Integer()), organisationId: Type.String() }),
  score: Type.Number(),
  reasons: Type.Array(Type.String()),
});
export const DuplicateList = Type.Object({ suggestions: Type.Array(DuplicateSuggestion) });
export type DuplicateList = Static<typeof DuplicateList>;
