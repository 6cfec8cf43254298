import type { SessionView } from "@zero/schemas";
import { apiRequest, ApiError, setCsrfToken } from "../data/client.ts";

// The TOTP second factor (apps/api/src/modules/auth/totp/routes.ts): the login's second step,
// enrolment (from a session, or from the challenge of a login that must enrol), status, removal.

export type TotpEnrolment = { secret: string; otpauthUri: string };
export type TotpStatus = { enrolled: boolean; pending: boolean; required: boolean };
/** What a login answered instead of a session: a code to give, or an enrolment to make first. */
export type TotpStep = { kind: "code" | "enrol"; challenge: string };

/** The TOTP step a refused login asks for, or null when the refusal is something else. */
export function totpStepOf(error: unknown): TotpStep | null {
  if (!(error instanceof ApiError)) return null;
  const challenge = (error.details as { challenge?: unknown } | undefined)?.challenge;
  if (typeof challenge !== "string") return null;
  if (error.code === "TOTP_REQUIRED") return { kind: "code", challenge };
  if (error.code === "TOTP_ENROLMENT_REQUIRED") return { kind: "enrol", challenge };
  return null;
}

function adopt(session: SessionView): SessionView {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function verifyTotp(challenge: string, code: string): Promise<SessionView> {
  return adopt(await apiRequest<SessionView>("POST", "/api/auth/totp/verify", { challenge, code }));
}

export function startTotpEnrolment(challenge?: string): Promise<TotpEnrolment> {
  return apiRequest<TotpEnrolment>("POST", "/api/auth/totp/enrolment", challenge === undefined ? {} : { challenge });
}

/** With a login's challenge, the session it opens; from « Mon compte », nothing (204). */
export async function confirmTotpEnrolment(code: string, challenge?: string): Promise<SessionView | undefined> {
  const body = challenge === undefined ? { code } : { code, challenge };
  const session = await apiRequest<SessionView | undefined>("POST", "/api/auth/totp/enrolment/confirm", body);
  return session === undefined ? undefined : adopt(session);
}

export function fetchTotpStatus(): Promise<TotpStatus> {
  return apiRequest<TotpStatus>("GET", "/api/auth/totp");
}

export function disableTotp(code: string): Promise<void> {
  return apiRequest<void>("DELETE", "/api/auth/totp", { code });
}

/** The base32 key in groups of four, as authenticator apps show it. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
