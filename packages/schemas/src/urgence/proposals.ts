import { Type, type Static } from "@sinclair/typebox";
import { AuditText, Nullable, Purpose, Uuid } from "./common.ts";
import { ConsentBody, UpdatePersonBody } from "./people.ts";

// Changes to a person's record that only the owner organisation or the SIAO coordination
// make; an organisation that shares the record proposes them (docs/security.md, threat 4).

const Reason = AuditText({ minLength: 3, maxLength: 500, description: "Pourquoi (vu par qui décide ; sans donnée sur la personne)" });
const names = Type.Pick(UpdatePersonBody, ["alias", "firstName", "lastName"]).properties;
const consent = Type.Omit(ConsentBody, ["purpose"]).properties;

export const RecordChangeBody = Type.Union([
  Type.Object({ kind: Type.Literal("rename"), ...names, reason: Reason, purpose: Purpose }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal("deceased"), reason: Reason, purpose: Purpose }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal("consent"), ...consent, reason: Reason, purpose: Purpose }, { additionalProperties: false }),
]);
export type RecordChangeBody = Static<typeof RecordChangeBody>;

export const RecordChangeView = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  kind: Type.String({ description: "rename, deceased, consent" }),
  changes: Type.Record(Type.String(), Type.Unknown()),
  reason: Type.String(),
  proposedByOrganisationId: Type.String(),
  proposedAt: Type.String(),
  status: Type.String({ description: "pending, accepted, rejected" }),
  decidedAt: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
});
export type RecordChangeView = Static<typeof RecordChangeView>;

export const RecordChangeList = Type.Object({ proposals: Type.Array(RecordChangeView) });
export type RecordChangeList = Static<typeof RecordChangeList>;

export const RecordChangeParams = Type.Object({ proposalId: Uuid });

export const RecordChangeDecision = Type.Object(
  { accept: Type.Boolean(), reason: Reason, purpose: Purpose },
  { additionalProperties: false },
);
export type RecordChangeDecision = Static<typeof RecordChangeDecision>;
