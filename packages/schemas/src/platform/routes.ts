import { Type } from "@sinclair/typebox";
import {
  AccountSessionParams,
  AccountSessionsView,
  ChangePasswordBody,
  ChangePasswordView,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  PasswordResetRequestView,
  RevokedSessionsView,
} from "../account.ts";
import { AuditPage, AuditQuery } from "../audit.ts";
import { AuthMethods, LoginBody, SessionView } from "../auth.ts";
import { ErrorEntryView } from "../errors.ts";
import { CreateMemberBody, MemberParams, MemberView, OrganisationParams, OrganisationView, UpdateMemberBody } from "../organisations.ts";
import { ProConnectCallbackQuery, ProConnectLoginQuery, ProConnectLogoutView } from "../proconnect.ts";
import { withSchemas } from "../routes.ts";
import { TotpConfirmBody, TotpDisableBody, TotpEnrolmentBody, TotpEnrolmentView, TotpStatusView, TotpVerifyBody } from "../totp.ts";
import { PLATFORM_PATHS } from "./paths.ts";

/** A 204 answer: no body, and what it means. */
const done = (description: string) => ({ 204: Type.Null({ description }) });
/** A redirect of the browser, and where to. */
const redirect = (description: string) => ({ 302: Type.Null({ description }) });
const ErrorCodeParams = Type.Object({ code: Type.String({ pattern: "^[A-Z][A-Z0-9_]{1,63}$" }) }, { additionalProperties: false });

/**
 * The platform's endpoints (./paths.ts) with the schemas of their parameters, body and success
 * answers: the API registers each route from its entry (method, prefix + path, schema).
 */
export const PLATFORM_ROUTES = withSchemas(PLATFORM_PATHS, {
  auth: {
    login: { body: LoginBody, response: { 200: SessionView } },
    logout: { response: done("Session supprimée") },
    me: { response: { 200: SessionView } },
    methods: { response: { 200: AuthMethods } },
  },
  account: {
    changePassword: { body: ChangePasswordBody, response: { 200: ChangePasswordView } },
    requestReset: { body: PasswordResetRequestBody, response: { 202: PasswordResetRequestView } },
    confirmReset: { body: PasswordResetConfirmBody, response: done("Mot de passe changé") },
    sessions: { response: { 200: AccountSessionsView } },
    revokeSession: { params: AccountSessionParams, response: done("Session fermée") },
    revokeOtherSessions: { response: { 200: RevokedSessionsView } },
  },
  proconnect: {
    login: { querystring: ProConnectLoginQuery, response: redirect("Vers ProConnect") },
    callback: { querystring: ProConnectCallbackQuery, response: redirect("Connecté·e : vers l'application") },
    logout: { response: { 200: ProConnectLogoutView } },
  },
  totp: {
    verify: { body: TotpVerifyBody, response: { 200: SessionView } },
    status: { response: { 200: TotpStatusView } },
    startEnrolment: { body: TotpEnrolmentBody, response: { 200: TotpEnrolmentView } },
    // With a login's challenge, the session it opens; from « Mon compte », nothing.
    confirmEnrolment: { body: TotpConfirmBody, response: { 200: SessionView, ...done("Activée") } },
    disable: { body: TotpDisableBody, response: done("Désactivée") },
  },
  organisations: {
    get: { params: OrganisationParams, response: { 200: OrganisationView } },
    members: { params: OrganisationParams, response: { 200: Type.Array(MemberView) } },
    addMember: { params: OrganisationParams, body: CreateMemberBody, response: { 201: MemberView } },
    updateMember: { params: MemberParams, body: UpdateMemberBody, response: { 200: MemberView } },
  },
  audit: {
    list: { querystring: AuditQuery, response: { 200: AuditPage } },
    // A CSV file: no JSON answer to describe.
    csv: { querystring: AuditQuery, produces: ["text/csv"], response: {} },
  },
  errors: {
    entry: { params: ErrorCodeParams, response: { 200: ErrorEntryView } },
  },
});
