import type { SessionView } from "@zero/schemas";
import { apiRequest, ApiError, setCsrfToken } from "../data/client.ts";

// The types of the API's bodies come from @zero/schemas (TypeBox, shared with the API):
// `import type` only, so that no schema code reaches the browser bundle.

export async function login(email: string, password: string): Promise<SessionView> {
  const session = await apiRequest<SessionView>("POST", "/api/auth/login", { email, password });
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when nobody is logged in. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await apiRequest<SessionView>("GET", "/api/me");
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
    redirectTo = (await apiRequest<{ redirectTo: string | null }>("POST", "/api/auth/proconnect/logout")).redirectTo;
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "PROCONNECT_DISABLED")) throw error;
    await apiRequest<void>("POST", "/api/auth/logout");
  }
  setCsrfToken(undefined);
  return redirectTo;
}
