import { Type, type Static } from "@sinclair/typebox";
import { ErrorBody, SessionView } from "@zero/schemas";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { AppConfig } from "../../../config.ts";
import { setSessionCookie } from "../../../plugins/session.ts";
import type { LoginResult } from "../service.ts";
import { sessionView } from "../view.ts";

const Code = Type.String({ pattern: "^[0-9]{6}$", description: "Code à 6 chiffres de l'application" });
const Challenge = Type.String({ minLength: 20, maxLength: 100, description: "Reçu avec TOTP_REQUIRED" });

const VerifyBody = Type.Object({ challenge: Challenge, code: Code }, { additionalProperties: false });
const EnrolmentBody = Type.Object({ challenge: Type.Optional(Challenge) }, { additionalProperties: false });
const ConfirmBody = Type.Object({ code: Code, challenge: Type.Optional(Challenge) }, { additionalProperties: false });
const DisableBody = Type.Object({ code: Code }, { additionalProperties: false });
const EnrolmentView = Type.Object({
  secret: Type.String({ description: "Clé en base32, à saisir dans l'application" }),
  otpauthUri: Type.String({ description: "URI otpauth:// (à afficher en QR code)" }),
});
const StatusView = Type.Object({ enrolled: Type.Boolean(), pending: Type.Boolean(), required: Type.Boolean() });

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 429: ErrorBody };

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

    app.post<{ Body: Static<typeof VerifyBody> }>(
      "/api/auth/totp/verify",
      {
        config: { csrf: false, rateLimit },
        schema: {
          tags: ["auth"],
          summary: "Connexion, 2e étape : le code à 6 chiffres après TOTP_REQUIRED",
          body: VerifyBody,
          response: { 200: SessionView, ...errors },
        },
      },
      async (request, reply) => sendSession(reply, await totp.verifyLogin(request.body.challenge, request.body.code)),
    );

    app.get(
      "/api/auth/totp",
      {
        schema: {
          tags: ["auth"],
          summary: "La double authentification du compte connecté : activée, en cours, exigée",
          response: { 200: StatusView, 401: ErrorBody },
        },
      },
      async (request) => totp.status(request.requirePrincipal()),
    );

    app.post<{ Body: Static<typeof EnrolmentBody> }>(
      "/api/auth/totp/enrolment",
      {
        config: { rateLimit },
        schema: {
          tags: ["auth"],
          summary: "Configurer la double authentification : une nouvelle clé (session, ou défi TOTP_ENROLMENT_REQUIRED)",
          body: EnrolmentBody,
          response: { 200: EnrolmentView, ...errors },
        },
      },
      async (request, reply) => {
        const subject = await totp.enrolmentSubject(request.principal, request.body.challenge);
        reply.header("cache-control", "no-store");
        return totp.startEnrolment(subject);
      },
    );

    app.post<{ Body: Static<typeof ConfirmBody> }>(
      "/api/auth/totp/enrolment/confirm",
      {
        config: { rateLimit },
        schema: {
          tags: ["auth"],
          summary: "Activer la double authentification avec un premier code (ouvre la session avec un défi)",
          body: ConfirmBody,
          response: { 200: SessionView, 204: { type: "null", description: "Activée" }, ...errors },
        },
      },
      async (request, reply) => {
        const subject = await totp.enrolmentSubject(request.principal, request.body.challenge);
        const result = await totp.confirmEnrolment(subject, request.body.code, request.body.challenge);
        if (!result) return reply.code(204).send();
        return sendSession(reply, result);
      },
    );

    app.delete<{ Body: Static<typeof DisableBody> }>(
      "/api/auth/totp",
      {
        config: { rateLimit },
        schema: {
          tags: ["auth"],
          summary: "Désactiver la double authentification (avec un code en cours)",
          body: DisableBody,
          response: { 204: { type: "null", description: "Désactivée" }, ...errors },
        },
      },
      async (request, reply) => {
        await totp.disable(request.requirePrincipal(), request.body.code);
        return reply.code(204).send();
      },
    );
  };
}
