import { PLATFORM_ENDPOINTS as P } from "@zero/schemas/platform/endpoints";
import type { AuthMethods, SessionView, TotpEnrolmentView, TotpStatusView } from "@zero/schemas";
import { call, endpointUrl } from "../../data/call.ts";
import { ApiError, setCsrfToken } from "../../data/client.ts";

// Signing in and out (apps/api/src/modules/auth): the session, the sign-in methods, the TOTP
// second factor and the forgotten password. The types of the API's bodies come from
// @zero/schemas (TypeBox, shared with the API): `import type` only, so that no schema code
// reaches the browser bundle. Paths and answers come from the platform's table (packages/schemas/src/platform/).

export async function login(email: string, password: string): Promise<SessionView> {
  const session = await call(P.auth.login, { body: { email, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when nobody is logged in. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await call(P.auth.me);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

/**
 * Closes the session. A session opened with ProConnect is closed at ProConnect too: the answer
 * then gives the address of ProConnect's logout, where the browser must go (null otherwise).
 */
export async function logout(): Promise<string | null> {
  let redirectTo: string | null = null;
  try {
    redirectTo = (await call(P.proconnect.logout)).redirectTo;
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "PROCONNECT_DISABLED")) throw error;
    await call(P.auth.logout);
  }
  setCsrfToken(undefined);
  return redirectTo;
}

// Signing in: the methods the server offers, and the words of a refusal a redirect brought back.

/** The ways to sign in that the server offers; the password alone when it cannot say. */
export async function fetchAuthMethods(): Promise<AuthMethods> {
  try {
    return await call(P.auth.methods);
  } catch {
    return { password: true, proconnect: false };
  }
}

/** The catalogue's French words for a code a redirect brought back (`?erreur=…`). */
export async function fetchErrorMessage(code: string): Promise<string> {
  const fallback = "La connexion n'a pas abouti : recommencez.";
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(code)) return fallback;
  try {
    return (await call(P.errors.entry, { params: { code } })).message;
  } catch {
    return fallback;
  }
}

/** Where the ProConnect button sends the browser: the API starts the OpenID Connect flow. */
export function proconnectLoginUrl(returnTo: string, twoFactor = false): string {
  return endpointUrl(P.proconnect.login, { query: { retour: returnTo, mfa: twoFactor ? "1" : undefined } });
}

// The TOTP second factor (apps/api/src/modules/auth/totp/routes.ts): the login's second step,
// enrolment (from a session, or from the challenge of a login that must enrol), status, removal.

export type TotpEnrolment = TotpEnrolmentView;
export type TotpStatus = TotpStatusView;
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
  return adopt(await call(P.totp.verify, { body: { challenge, code } }));
}

export function startTotpEnrolment(challenge?: string): Promise<TotpEnrolment> {
  return call(P.totp.startEnrolment, { body: challenge === undefined ? {} : { challenge } });
}

/** With a login's challenge, the session it opens; from « Mon compte », nothing (204). */
export async function confirmTotpEnrolment(code: string, challenge?: string): Promise<SessionView | undefined> {
  const body = challenge === undefined ? { code } : { code, challenge };
  const session = await call(P.totp.confirmEnrolment, { body });
  return session === undefined ? undefined : adopt(session);
}

export function fetchTotpStatus(): Promise<TotpStatus> {
  return call(P.totp.status);
}

export function disableTotp(code: string): Promise<void> {
  return call(P.totp.disable, { body: { code } });
}

/** The base32 key in groups of four, as authenticator apps show it. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

// The forgotten password: a link by mail, then a new password (the link's token, spent once).

/** Always 202 with the same message, account or not. */
export function requestPasswordReset(email: string) {
  return call(P.account.requestReset, { body: { email } });
}

/** The token of the link and the new password. */
export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return call(P.account.confirmReset, { body: { token, password } });
}
