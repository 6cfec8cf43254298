import { Type, type Static } from "@sinclair/typebox";

// Account security (issue 11): password change, reset by a one-time link, a person's sessions.

/** POST /api/auth/password: the current password is required; the new one passes the rules. */
export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 12, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const ChangePasswordView = Type.Object({
  /** Other sessions closed by the change (the current one stays open). */
  revokedSessions: Type.Integer(),
});
export type ChangePasswordView = Static<typeof ChangePasswordView>;

/** POST /api/auth/password-reset/request: always 202, whether the e-mail has an account or not. */
export const PasswordResetRequestBody = Type.Object(
  { email: Type.String({ format: "email", maxLength: 254 }) },
  { additionalProperties: false },
);
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBody>;

export const PasswordResetRequestView = Type.Object({ message: Type.String() });
export type PasswordResetRequestView = Static<typeof PasswordResetRequestView>;

/** POST /api/auth/password-reset/confirm: the token of the link (its fragment) and the new password. */
export const PasswordResetConfirmBody = Type.Object(
  {
    token: Type.String({ minLength: 20, maxLength: 200, pattern: "^[A-Za-z0-9_-]+$" }),
    password: Type.String({ minLength: 12, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type PasswordResetConfirmBody = Static<typeof PasswordResetConfirmBody>;

export const AccountSessionView = Type.Object({
  /** Public id of the session (never its token). */
  id: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  lastSeenAt: Type.String({ format: "date-time" }),
  expiresAt: Type.String({ format: "date-time" }),
  /** The session of this request. */
  current: Type.Boolean(),
});
export type AccountSessionView = Static<typeof AccountSessionView>;

export const AccountSessionsView = Type.Object({ sessions: Type.Array(AccountSessionView) });
export type AccountSessionsView = Static<typeof AccountSessionsView>;

export const AccountSessionParams = Type.Object({ sessionId: Type.String({ format: "uuid" }) });
export type AccountSessionParams = Static<typeof AccountSessionParams>;

export const RevokedSessionsView = Type.Object({ revoked: Type.Integer() });
export type RevokedSessionsView = Static<typeof RevokedSessionsView>;
