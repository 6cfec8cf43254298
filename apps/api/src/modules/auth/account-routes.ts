import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../../config.ts";
import { clearSessionCookie } from "../../plugins/session.ts";
import { routeOptions, type ErrorAnswers, type RouteTypes } from "../route-table.ts";
import { RESET_LINK_TTL_MINUTES } from "./account-config.ts";
import { withRetryAfter } from "./retry-after.ts";

/** The same words for every e-mail, known or not: the answer tells nothing of accounts. */
export const RESET_REQUESTED_MESSAGE =
  "Si un compte existe avec cette adresse, un lien pour choisir un nouveau mot de passe vient d'y être envoyé. " +
  `Il est valable ${RESET_LINK_TTL_MINUTES} minutes et ne sert qu'une fois.`;

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };
const R = PLATFORM_ROUTES.account;
const doc = (summary: string, answers: ErrorAnswers = errors) => ({ tags: ["auth"], summary, errors: answers, absolute: true });

/** Password change, password reset by a one-time link, and the connected person's sessions. */
export function accountRoutes(config: AppConfig) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const account = app.services.account;

    app.route<RouteTypes<typeof R.changePassword>>({
      ...routeOptions(R.changePassword, doc("Changer son mot de passe (l'actuel est demandé ; les autres sessions sont fermées)")),
      handler: async (request, reply) => {
        const principal = request.requirePrincipal();
        return withRetryAfter(reply, () => account.changePassword(principal, request.body, request.ip));
      },
    });

    app.route<RouteTypes<typeof R.requestReset>>({
      ...routeOptions(
        R.requestReset,
        doc("Mot de passe oublié : recevoir un lien à usage unique (toujours 202, compte ou non)", { 400: ErrorBody, 429: ErrorBody }),
      ),
      config: {
        csrf: false,
        // Per address; per account, the service sends at most PASSWORD_RESET_MAX_PER_HOUR links an hour.
        rateLimit: { max: config.account.resetRequestsPerAddress, timeWindow: 15 * 60_000 },
      },
      handler: async (request, reply) => {
        // The work goes on after the answer, so that its duration does not tell whether the account exists.
        account.requestReset(request.body.email).catch((err: unknown) => {
          request.log.error({ err }, "password reset request failed");
        });
        return reply.code(202).send({ message: RESET_REQUESTED_MESSAGE });
      },
    });

    app.route<RouteTypes<typeof R.confirmReset>>({
      ...routeOptions(
        R.confirmReset,
        doc("Nouveau mot de passe par le lien reçu (une fois, 30 minutes ; ferme toutes les sessions)", { 400: ErrorBody, 429: ErrorBody }),
      ),
      config: { csrf: false, rateLimit: { max: 30, timeWindow: 15 * 60_000 } },
      handler: async (request, reply) => {
        await account.confirmReset(request.body.token, request.body.password);
        return reply.code(204).send();
      },
    });

    app.route({
      ...routeOptions(R.sessions, doc("Mes sessions ouvertes (la session courante est marquée)", { 401: ErrorBody })),
      handler: async (request) => ({ sessions: await account.listSessions(request.requirePrincipal()) }),
    });

    app.route<RouteTypes<typeof R.revokeSession>>({
      ...routeOptions(R.revokeSession, doc("Fermer une de mes sessions (la courante : c'est une déconnexion)")),
      handler: async (request, reply) => {
        const { current } = await account.revokeSession(request.requirePrincipal(), request.params.sessionId);
        if (current) clearSessionCookie(reply, config.cookieSecure);
        return reply.code(204).send();
      },
    });

    app.route({
      ...routeOptions(R.revokeOtherSessions, doc("Fermer toutes mes autres sessions")),
      handler: async (request) => account.revokeOtherSessions(request.requirePrincipal()),
    });
  };
}
