import { Type } from "@sinclair/typebox";

// Signing in with ProConnect (apps/api/src/modules/auth/proconnect): the browser's redirects.

export const ProConnectLoginQuery = Type.Object(
  {
    /** A path of this site to land on after the login. */
    retour: Type.Optional(Type.String({ maxLength: 200 })),
    /** "1": ask ProConnect for a two-factor acr level at once (for Urgence roles). */
    mfa: Type.Optional(Type.Union([Type.Literal("0"), Type.Literal("1")])),
  },
  { additionalProperties: false },
);
export const ProConnectCallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 2048 })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    iss: Type.Optional(Type.String({ maxLength: 512 })),
    error: Type.Optional(Type.String({ maxLength: 200 })),
    error_description: Type.Optional(Type.String({ maxLength: 2048 })),
  },
  { additionalProperties: true },
);
export const ProConnectLogoutView = Type.Object({ redirectTo: Type.Union([Type.String(), Type.Null()]) });
