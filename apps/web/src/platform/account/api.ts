import type { AccountSessionsView, ChangePasswordBody, ChangePasswordView, RevokedSessionsView } from "@zero/schemas";
import { apiRequest } from "../../data/client.ts";

// « Mon compte » (issue 11): the connected person's password change and sessions; the second
// factor's calls are in platform/auth/api.ts, with the login's.

/** POST /api/auth/password: the other sessions are closed. */
export function changePassword(body: ChangePasswordBody): Promise<ChangePasswordView> {
  return apiRequest<ChangePasswordView>("POST", "/api/auth/password", body);
}

export function fetchMySessions(): Promise<AccountSessionsView> {
  return apiRequest<AccountSessionsView>("GET", "/api/auth/sessions");
}

export function revokeSession(id: string): Promise<void> {
  return apiRequest<void>("DELETE", `/api/auth/sessions/${encodeURIComponent(id)}`);
}

export function revokeOtherSessions(): Promise<RevokedSessionsView> {
  return apiRequest<RevokedSessionsView>("POST", "/api/auth/sessions/revoke-others");
}
