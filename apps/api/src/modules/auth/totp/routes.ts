import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { AppConfig } from "../../../config.ts";
import { setSessionCookie } from "../../../plugins/session.ts";
import { routeOptions, type ErrorAnswers, type RouteTypes } from "../../route-table.ts";
import type { LoginResult } from "../service.ts";
import { sessionView } from "../view.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 429: ErrorBody };
const R = PLATFORM_ROUTES.totp;
const doc = (summary: string, answers: ErrorAnswers = errors) => ({ tags: ["auth"], summary, errors: answers, absolute: true });

/** The TOTP second factor: the login's second step, enrolment, status and removal. */
export function totpRoutes(config: AppConfig) {
  // Wrong codes are bounded per challenge (service.ts); this bounds them per address too.
  const rateLimit = {
    max: config.loginRateLimit.max * 5,
    timeWindow: config.loginRateLimit.windowMinutes * 60_000,
  };
  const sendSession = (reply: FastifyReply, result: LoginResult) => {
    setSessionCookie(reply, result.token, {
      secure: config.cookieSecure,
      maxAgeSeconds: config.sessionTtlHours * 3600,
    });
    return sessionView(result.principal);
  };

  return async function routes(app: FastifyInstance): Promise<void> {
    const totp = app.services.totp;

    app.route<RouteTypes<typeof R.verify>>({
      ...routeOptions(R.verify, doc("Connexion, 2e étape : le code à 6 chiffres après TOTP_REQUIRED")),
      config: { csrf: false, rateLimit },
      handler: async (request, reply) => sendSession(reply, await totp.verifyLogin(request.body.challenge, request.body.code)),
    });

    app.route({
      ...routeOptions(R.status, doc("La double authentification du compte connecté : activée, en cours, exigée", { 401: ErrorBody })),
      handler: async (request) => totp.status(request.requirePrincipal()),
    });

    app.route<RouteTypes<typeof R.startEnrolment>>({
      ...routeOptions(
        R.startEnrolment,
        doc("Configurer la double authentification : une nouvelle clé (session, ou défi TOTP_ENROLMENT_REQUIRED)"),
      ),
      config: { rateLimit },
      handler: async (request, reply) => {
        const subject = await totp.enrolmentSubject(request.principal, request.body.challenge);
        reply.header("cache-control", "no-store");
        return totp.startEnrolment(subject);
      },
    });

    app.route<RouteTypes<typeof R.confirmEnrolment>>({
      ...routeOptions(R.confirmEnrolment, doc("Activer la double authentification avec un premier code (ouvre la session avec un défi)")),
      config: { rateLimit },
      handler: async (request, reply) => {
        const subject = await totp.enrolmentSubject(request.principal, request.body.challenge);
        const result = await totp.confirmEnrolment(subject, request.body.code, request.body.challenge);
        if (!result) return reply.code(204).send();
        return sendSession(reply, result);
      },
    });

    app.route<RouteTypes<typeof R.disable>>({
      ...routeOptions(R.disable, doc("Désactiver la double authentification (avec un code en cours)")),
      config: { rateLimit },
      handler: async (request, reply) => {
        await totp.disable(request.requirePrincipal(), request.body.code);
        return reply.code(204).send();
      },
    });
  };
}
