import { Type, type Static } from "@sinclair/typebox";
import { FilterInstant } from "./dates.ts";

export const AuditEntryView = Type.Object({
  id: Type.String(),
  at: Type.String(),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  actorOrganisationId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.String(),
  outcome: Type.String(),
});
export type AuditEntryView = Static<typeof AuditEntryView>;

export const AuditQuery = Type.Object(
  {
    organisationId: Type.String({ format: "uuid" }),
    from: Type.Optional(FilterInstant("Entrées depuis")),
    to: Type.Optional(FilterInstant("Entrées jusqu'à")),
    resourceType: Type.Optional(Type.String({ maxLength: 64 })),
    resourceId: Type.Optional(Type.String({ maxLength: 64 })),
    actorUserId: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    before: Type.Optional(Type.String({ maxLength: 64, description: "Curseur : id de la dernière entrée reçue" })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditPage = Type.Object({
  entries: Type.Array(AuditEntryView),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPage>;
