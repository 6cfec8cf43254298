import { Type, type Static } from "@sinclair/typebox";

// The TOTP second factor (apps/api/src/modules/auth/totp): the login's second step, enrolment, status, removal.

const Code = Type.String({ pattern: "^[0-9]{6}$", description: "Code à 6 chiffres de l'application" });
const Challenge = Type.String({ minLength: 20, maxLength: 100, description: "Reçu avec TOTP_REQUIRED" });

export const TotpVerifyBody = Type.Object({ challenge: Challenge, code: Code }, { additionalProperties: false });
export const TotpEnrolmentBody = Type.Object({ challenge: Type.Optional(Challenge) }, { additionalProperties: false });
export const TotpConfirmBody = Type.Object({ code: Code, challenge: Type.Optional(Challenge) }, { additionalProperties: false });
export const TotpDisableBody = Type.Object({ code: Code }, { additionalProperties: false });
export const TotpEnrolmentView = Type.Object({
  secret: Type.String({ description: "Clé en base32, à saisir dans l'application" }),
  otpauthUri: Type.String({ description: "URI otpauth:// (à afficher en QR code)" }),
});
export type TotpEnrolmentView = Static<typeof TotpEnrolmentView>;
export const TotpStatusView = Type.Object({ enrolled: Type.Boolean(), pending: Type.Boolean(), required: Type.Boolean() });
export type TotpStatusView = Static<typeof TotpStatusView>;
