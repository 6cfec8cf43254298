import { definePaths } from "../routes.ts";

/**
 * Where each endpoint of the platform (accounts and sessions, the second factor, ProConnect,
 * organisations, the audit log, the error catalogue)
 * is, under /api: plain strings, read by the web app at run time. Their schemas are in ./routes.ts.
 */
export const PLATFORM_PATHS = definePaths("/api", {
  auth: {
    login: { method: "POST", path: "/auth/login" },
    logout: { method: "POST", path: "/auth/logout" },
    me: { method: "GET", path: "/me" },
    methods: { method: "GET", path: "/auth/methods" },
  },
  account: {
    changePassword: { method: "POST", path: "/auth/password" },
    requestReset: { method: "POST", path: "/auth/password-reset/request" },
    confirmReset: { method: "POST", path: "/auth/password-reset/confirm" },
    sessions: { method: "GET", path: "/auth/sessions" },
    revokeSession: { method: "DELETE", path: "/auth/sessions/:sessionId" },
    revokeOtherSessions: { method: "POST", path: "/auth/sessions/revoke-others" },
  },
  proconnect: {
    login: { method: "GET", path: "/auth/proconnect/login" },
    callback: { method: "GET", path: "/auth/proconnect/callback" },
    logout: { method: "POST", path: "/auth/proconnect/logout" },
  },
  totp: {
    verify: { method: "POST", path: "/auth/totp/verify" },
    status: { method: "GET", path: "/auth/totp" },
    startEnrolment: { method: "POST", path: "/auth/totp/enrolment" },
    confirmEnrolment: { method: "POST", path: "/auth/totp/enrolment/confirm" },
    disable: { method: "DELETE", path: "/auth/totp" },
  },
  organisations: {
    get: { method: "GET", path: "/organisations/:organisationId" },
    members: { method: "GET", path: "/organisations/:organisationId/members" },
    addMember: { method: "POST", path: "/organisations/:organisationId/members" },
    updateMember: { method: "PATCH", path: "/organisations/:organisationId/members/:userId" },
  },
  audit: {
    list: { method: "GET", path: "/audit" },
    csv: { method: "GET", path: "/audit/export.csv" },
  },
  errors: {
    entry: { method: "GET", path: "/errors/:code" },
  },
});
