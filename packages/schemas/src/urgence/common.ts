import { Type, type TLiteral, type TSchema, type TUnion } from "@sinclair/typebox";
import { AuditText } from "../free-text.ts";

// The date rules and their schemas (ADR 0020), exported with the Urgence schemas' common parts.
export * from "../dates.ts";
export * from "../free-text.ts";

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const literals = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  ) as unknown as TUnion<TLiteral<T[number]>[]>;

export const Uuid = Type.String({ format: "uuid" });
/** Why a record is read or changed, kept in the audit log. */
export const Purpose = AuditText({
  minLength: 3,
  maxLength: 500,
  description: "Finalité (journal d'audit ; sans donnée sur la personne)",
});
/** Why a decision was made, kept beside the record: nothing personal in it either. */
export const Reason = AuditText({ minLength: 3, maxLength: 500, description: "Raison (sans donnée sur la personne)" });

export const LIST_STATUS_CODES = ["active", "inactive", "housed", "in_institution", "deceased"] as const;
export const PERSON_NEED_CODES = ["pets", "reduced_mobility", "medical_care", "pregnancy"] as const;
export const PUBLIC_CODES = ["men", "women", "mixed", "couples", "families", "young"] as const;
export const FEATURE_CODES = ["pets", "reduced_mobility"] as const;
export const CONSENT_PURPOSE_CODES = ["orientation", "follow_up", "statistics"] as const;
export const REQUEST_STATUS_CODES = ["open", "proposed", "accepted", "refused", "arrived", "ended"] as const;
export const DESTINATION_CODES = [
  "housing",
  "insertion_shelter",
  "family_or_friends",
  "institution",
  "street",
  "other_solution",
  "unknown",
] as const;

export const ListStatusSchema = literals(LIST_STATUS_CODES);
export const PersonNeed = literals(PERSON_NEED_CODES);
export const PublicSchema = literals(PUBLIC_CODES);
export const Feature = literals(FEATURE_CODES);
export const NetworkQuery = Type.Object({ networkId: Uuid }, { additionalProperties: false });
export const IdParams = Type.Object({ id: Uuid });
