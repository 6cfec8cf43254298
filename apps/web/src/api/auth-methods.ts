import type { AuthMethods, ErrorEntryView } from "@zero/schemas";
import { apiRequest } from "../data/client.ts";

/** The ways to sign in that the server offers; the password alone when it cannot say. */
export async function fetchAuthMethods(): Promise<AuthMethods> {
  try {
    return await apiRequest<AuthMethods>("GET", "/api/auth/methods");
  } catch {
    return { password: true, proconnect: false };
  }
}

/** The catalogue's French words for a code a redirect brought back (`?erreur=…`). */
export async function fetchErrorMessage(code: string): Promise<string> {
  const fallback = "La connexion n'a pas abouti : recommencez.";
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(code)) return fallback;
  try {
    return (await apiRequest<ErrorEntryView>("GET", `/api/errors/${code}`)).message;
  } catch {
    return fallback;
  }
}

/** Where the ProConnect button sends the browser: the API starts the OpenID Connect flow. */
export function proconnectLoginUrl(returnTo: string, twoFactor = false): string {
  const query = new URLSearchParams({ retour: returnTo });
  if (twoFactor) query.set("mfa", "1");
  return `/api/auth/proconnect/login?${query.toString()}`;
}
