import { PLATFORM_ENDPOINTS as P } from "@zero/schemas/platform/endpoints";
import type { ChangePasswordBody } from "@zero/schemas";
import { call } from "../../data/call.ts";

// « Mon compte » (issue 11): the connected person's password change and sessions; the second
// factor's calls are in platform/auth/api.ts, with the login's. Paths and answers come from the
// platform's table in @zero/schemas (packages/schemas/src/platform/).

/** The other sessions are closed. */
export const changePassword = (body: ChangePasswordBody) => call(P.account.changePassword, { body });

export const fetchMySessions = () => call(P.account.sessions);

export const revokeSession = (sessionId: string) => call(P.account.revokeSession, { params: { sessionId } });

export const revokeOtherSessions = () => call(P.account.revokeOtherSessions);
