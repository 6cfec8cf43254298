import type {
  AccountSessionsView,
  ChangePasswordBody,
  ChangePasswordView,
  PasswordResetRequestView,
  RevokedSessionsView,
} from "@zero/schemas";
import { apiRequest } from "../data/client.ts";

// The connected person's account (issue 11): password change and reset, sessions.

/** POST /api/auth/password-reset/request: always 202 with the same message, account or not. */
export function requestPasswordReset(email: string): Promise<PasswordResetRequestView> {
  return apiRequest<PasswordResetRequestView>("POST", "/api/auth/password-reset/request", { email });
}

/** POST /api/auth/password-reset/confirm: the token of the link and the new password. */
export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return apiRequest<void>("POST", "/api/auth/password-reset/confirm", { token, password });
}

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
