import { Type, type Static } from "@sinclair/typebox";

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
});
export type MemberView = Static<typeof MemberView>;

export const OrganisationParams = Type.Object({
  organisationId: Type.String({ format: "uuid" }),
});

export const CreateMemberBody = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: 254 }),
    displayName: Type.String({ minLength: 1, maxLength: 120 }),
    role: Type.Union(
      ["admin", "coordinator", "agent", "ambassador", "viewer", "operator_115", "maraude", "structure_staff"].map((r) => Type.Literal(r)),
    ),
    password: Type.String({ minLength: 12, maxLength: 1024 }),
    purpose: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type CreateMemberBody = Static<typeof CreateMemberBody>;
