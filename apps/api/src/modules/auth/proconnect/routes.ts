import { Type, type Static } from "@sinclair/typebox";
import { ErrorBody } from "@zero/schemas";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppConfig } from "../../../config.ts";
import { AppError } from "../../../errors/app-error.ts";
import { clearSessionCookie, setSessionCookie } from "../../../plugins/session.ts";
import { safeReturnTo, type ProviderErrorLog } from "./service.ts";

/** The browser's half of the state: a signed cookie, sent back only to these routes. */
export const STATE_COOKIE = "zero_proconnect";
const COOKIE_PATH = "/api/auth/proconnect";

const LoginQuery = Type.Object(
  {
    /** A path of this site to land on after the login. */
    retour: Type.Optional(Type.String({ maxLength: 200 })),
    /** "1": ask ProConnect for a two-factor acr level at once (for Urgence roles). */
    mfa: Type.Optional(Type.Union([Type.Literal("0"), Type.Literal("1")])),
  },
  { additionalProperties: false },
);
const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 2048 })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    iss: Type.Optional(Type.String({ maxLength: 512 })),
    error: Type.Optional(Type.String({ maxLength: 200 })),
    error_description: Type.Optional(Type.String({ maxLength: 2048 })),
  },
  { additionalProperties: true },
);

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? "").includes("text/html");

/**
 * A browser that navigated here gets the login page with the error's code (the page shows the
 * French message); an API client gets the catalogue's JSON error.
 */
async function answerError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof AppError) || !wantsHtml(request)) throw error;
  return reply.redirect(`/connexion?erreur=${encodeURIComponent(error.code)}`, 302);
}

export function proconnectRoutes(config: AppConfig) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const service = () => {
      const proconnect = app.services.proconnect;
      if (!proconnect) throw new AppError("PROCONNECT_DISABLED");
      return proconnect;
    };
    const providerLog =
      (request: FastifyRequest): ProviderErrorLog =>
      (step, error) => {
        const e = error as { name?: string; code?: string; error?: string };
        request.log.warn({ step, name: e?.name, code: e?.code, oauthError: e?.error }, "proconnect provider error");
      };

    app.get<{ Querystring: Static<typeof LoginQuery> }>(
      "/api/auth/proconnect/login",
      {
        config: { rateLimit: { max: 60, timeWindow: 60_000 } },
        schema: {
          tags: ["auth"],
          summary: "Se connecter avec ProConnect : redirige vers ProConnect",
          querystring: LoginQuery,
          response: { 302: { type: "null", description: "Vers ProConnect" }, 400: ErrorBody, 404: ErrorBody, 503: ErrorBody },
        },
      },
      async (request, reply) => {
        try {
          const { url, state } = await service().start({
            returnTo: safeReturnTo(request.query.retour),
            requireTwoFactor: request.query.mfa === "1",
            log: providerLog(request),
          });
          reply.setCookie(STATE_COOKIE, state, {
            path: COOKIE_PATH,
            httpOnly: true,
            sameSite: "lax",
            secure: config.cookieSecure,
            signed: true,
            maxAge: 600,
          });
          reply.header("cache-control", "no-store");
          return reply.redirect(url.href, 302);
        } catch (error) {
          return answerError(request, reply, error);
        }
      },
    );

    app.get<{ Querystring: Static<typeof CallbackQuery> }>(
      "/api/auth/proconnect/callback",
      {
        config: { rateLimit: { max: 60, timeWindow: 60_000 } },
        schema: {
          tags: ["auth"],
          summary: "Retour de ProConnect : échange du code, vérifications, ouverture de la session",
          querystring: CallbackQuery,
          response: {
            302: { type: "null", description: "Connecté·e : vers l'application" },
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
            503: ErrorBody,
          },
        },
      },
      async (request, reply) => {
        const raw = request.cookies[STATE_COOKIE];
        const unsigned = raw ? request.unsignCookie(raw) : null;
        reply.clearCookie(STATE_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: "lax", secure: config.cookieSecure });
        reply.header("cache-control", "no-store");
        try {
          const query = request.raw.url?.split("?")[1] ?? "";
          const cookieState = unsigned?.valid && unsigned.value ? unsigned.value : undefined;
          const result = await service().callback(query, cookieState, providerLog(request));
          setSessionCookie(reply, result.token, {
            secure: config.cookieSecure,
            maxAgeSeconds: config.sessionTtlHours * 3600,
          });
          return reply.redirect(result.returnTo ?? "/", 302);
        } catch (error) {
          return answerError(request, reply, error);
        }
      },
    );

    app.post(
      "/api/auth/proconnect/logout",
      {
        schema: {
          tags: ["auth"],
          summary: "Se déconnecter de Zéro et, pour une session ProConnect, de ProConnect",
          response: {
            200: Type.Object({ redirectTo: Type.Union([Type.String(), Type.Null()]) }),
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
          },
        },
      },
      async (request, reply) => {
        const principal = request.requirePrincipal();
        const url = await service().logout(principal, providerLog(request));
        clearSessionCookie(reply, config.cookieSecure);
        return { redirectTo: url?.href ?? null };
      },
    );
  };
}
