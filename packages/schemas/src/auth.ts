import { Type, type Static } from "@sinclair/typebox";

export const RoleSchema = Type.Union(
  ["admin", "coordinator", "agent", "ambassador", "viewer", "operator_115", "maraude", "structure_staff"].map((r) => Type.Literal(r)),
);

export const LoginBody = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const MembershipView = Type.Object({
  organisationId: Type.String(),
  organisationName: Type.String(),
  organisationKind: Type.String(),
  role: Type.String(),
});
export type MembershipView = Static<typeof MembershipView>;

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
});
export type UserView = Static<typeof UserView>;

/** Returned by login and by GET /api/me: who is connected, where, and the CSRF token. */
export const SessionView = Type.Object({
  user: UserView,
  memberships: Type.Array(MembershipView),
  csrfToken: Type.String(),
});
export type SessionView = Static<typeof SessionView>;

/** GET /api/auth/methods: the ways to sign in that this server offers (the login page reads it). */
export const AuthMethods = Type.Object({
  password: Type.Boolean(),
  proconnect: Type.Boolean({ description: "Connexion avec ProConnect configurée (PROCONNECT_*)" }),
});
export type AuthMethods = Static<typeof AuthMethods>;
