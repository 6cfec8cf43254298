import { Type, type Static } from "@sinclair/typebox";
import { AuditText } from "./free-text.ts";

export const OrganisationView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
});
export type OrganisationView = Static<typeof OrganisationView>;

export const MemberView = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  /** A disabled member keeps the account and its history but holds no role in the organisation. */
  disabled: Type.Boolean(),
});
export type MemberView = Static<typeof MemberView>;

export const OrganisationParams = Type.Object({
  organisationId: Type.String({ format: "uuid" }),
});

const MEMBER_ROLES = ["admin", "coordinator", "agent", "ambassador", "viewer", "operator_115", "maraude", "structure_staff"];
const MemberRole = Type.Union(MEMBER_ROLES.map((r) => Type.Literal(r)));

export const MemberParams = Type.Object({
  organisationId: Type.String({ format: "uuid" }),
  userId: Type.String({ format: "uuid" }),
});

/** Change a member's role, or disable / re-enable the membership (never one's own). */
export const UpdateMemberBody = Type.Object(
  {
    role: Type.Optional(MemberRole),
    disabled: Type.Optional(Type.Boolean()),
    purpose: AuditText({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateMemberBody = Static<typeof UpdateMemberBody>;

export const CreateMemberBody = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: 254 }),
    displayName: Type.String({ minLength: 1, maxLength: 120 }),
    role: MemberRole,
    password: Type.String({ minLength: 12, maxLength: 1024 }),
    purpose: AuditText({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type CreateMemberBody = Static<typeof CreateMemberBody>;
