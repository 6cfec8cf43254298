import {
  AccountSessionParams,
  AccountSessionsView,
  ChangePasswordBody,
  ChangePasswordView,
  ErrorBody,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  PasswordResetRequestView,
  RevokedSessionsView,
} from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../../config.ts";
import { clearSessionCookie } from "../../plugins/session.ts";
import { RESET_LINK_TTL_MINUTES } from "./account-config.ts";
import { withRetryAfter } from "./retry-after.ts";

/** The same words for every e-mail, known or not: the answer tells nothing of accounts. */
export const RESET_REQUESTED_MESSAGE =
  "Si un compte existe avec cette adresse, un lien pour choisir un nouveau mot de passe vient d'y être envoyé. " +
  `Il est valable ${RESET_LINK_TTL_MINUTES} minutes et ne sert qu'une fois.`;

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };

/** Password change, password reset by a one-time link, and the connected person's sessions. */
export function accountRoutes(config: AppConfig) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const account = app.services.account;

    app.post<{ Body: ChangePasswordBody }>(
      "/api/auth/password",
      {
        schema: {
          tags: ["auth"],
          summary: "Changer son mot de passe (l'actuel est demandé ; les autres sessions sont fermées)",
          body: ChangePasswordBody,
          response: { 200: ChangePasswordView, ...errors },
        },
      },
      async (request, reply) => {
        const principal = request.requirePrincipal();
        return withRetryAfter(reply, () => account.changePassword(principal, request.body, request.ip));
      },
    );

    app.post<{ Body: PasswordResetRequestBody }>(
      "/api/auth/password-reset/request",
      {
        config: {
          csrf: false,
          // Per address; per account, the service sends at most PASSWORD_RESET_MAX_PER_HOUR links an hour.
          rateLimit: { max: config.account.resetRequestsPerAddress, timeWindow: 15 * 60_000 },
        },
        schema: {
          tags: ["auth"],
          summary: "Mot de passe oublié : recevoir un lien à usage unique (toujours 202, compte ou non)",
          body: PasswordResetRequestBody,
          response: { 202: PasswordResetRequestView, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        // The work goes on after the answer, so that its duration does not tell whether the account exists.
        account.requestReset(request.body.email).catch((err: unknown) => {
          request.log.error({ err }, "password reset request failed");
        });
        return reply.code(202).send({ message: RESET_REQUESTED_MESSAGE });
      },
    );

    app.post<{ Body: PasswordResetConfirmBody }>(
      "/api/auth/password-reset/confirm",
      {
        config: { csrf: false, rateLimit: { max: 30, timeWindow: 15 * 60_000 } },
        schema: {
          tags: ["auth"],
          summary: "Nouveau mot de passe par le lien reçu (une fois, 30 minutes ; ferme toutes les sessions)",
          body: PasswordResetConfirmBody,
          response: { 204: { type: "null", description: "Mot de passe changé" }, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        await account.confirmReset(request.body.token, request.body.password);
        return reply.code(204).send();
      },
    );

    app.get(
      "/api/auth/sessions",
      {
        schema: {
          tags: ["auth"],
          summary: "Mes sessions ouvertes (la session courante est marquée)",
          response: { 200: AccountSessionsView, 401: ErrorBody },
        },
      },
      async (request) => ({ sessions: await account.listSessions(request.requirePrincipal()) }),
    );

    app.delete<{ Params: AccountSessionParams }>(
      "/api/auth/sessions/:sessionId",
      {
        schema: {
          tags: ["auth"],
          summary: "Fermer une de mes sessions (la courante : c'est une déconnexion)",
          params: AccountSessionParams,
          response: { 204: { type: "null", description: "Session fermée" }, ...errors },
        },
      },
      async (request, reply) => {
        const { current } = await account.revokeSession(request.requirePrincipal(), request.params.sessionId);
        if (current) clearSessionCookie(reply, config.cookieSecure);
        return reply.code(204).send();
      },
    );

    app.post(
      "/api/auth/sessions/revoke-others",
      {
        schema: {
          tags: ["auth"],
          summary: "Fermer toutes mes autres sessions",
          response: { 200: RevokedSessionsView, ...errors },
        },
      },
      async (request) => account.revokeOtherSessions(request.requirePrincipal()),
    );
  };
}
