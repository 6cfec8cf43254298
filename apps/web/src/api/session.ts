import { apiRequest, ApiError, setCsrfToken } from "./client.ts";

export type SessionUser = { id: string; email: string; displayName: string };

export type Membership = {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  role: string;
};

/** The body of POST /api/auth/login and GET /api/me. */
export type Session = { user: SessionUser; memberships: Membership[]; csrfToken: string };

export async function login(email: string, password: string): Promise<Session> {
  const session = await apiRequest<Session>("POST", "/api/auth/login", { email, password });
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when nobody is logged in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiRequest<Session>("GET", "/api/me");
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

export async function logout(): Promise<void> {
  await apiRequest<void>("POST", "/api/auth/logout");
  setCsrfToken(undefined);
}
