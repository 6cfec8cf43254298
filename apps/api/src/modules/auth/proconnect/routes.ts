import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppConfig } from "../../../config.ts";
import { AppError } from "../../../errors/app-error.ts";
import { clearSessionCookie, setSessionCookie } from "../../../plugins/session.ts";
import { routeOptions, type ErrorAnswers, type RouteTypes } from "../../route-table.ts";
import { safeReturnTo, type ProviderErrorLog } from "./service.ts";

/** The browser's half of the state: a signed cookie, sent back only to these routes. */
export const STATE_COOKIE = "zero_proconnect";
const COOKIE_PATH = "/api/auth/proconnect";
const R = PLATFORM_ROUTES.proconnect;
const doc = (summary: string, errors: ErrorAnswers) => ({ tags: ["auth"], summary, errors, absolute: true });

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

    app.route<RouteTypes<typeof R.login>>({
      ...routeOptions(
        R.login,
        doc("Se connecter avec ProConnect : redirige vers ProConnect", { 400: ErrorBody, 404: ErrorBody, 503: ErrorBody }),
      ),
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      handler: async (request, reply) => {
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
    });

    app.route<RouteTypes<typeof R.callback>>({
      ...routeOptions(
        R.callback,
        doc("Retour de ProConnect : échange du code, vérifications, ouverture de la session", {
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          503: ErrorBody,
        }),
      ),
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      handler: async (request, reply) => {
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
    });

    app.route({
      ...routeOptions(
        R.logout,
        doc("Se déconnecter de Zéro et, pour une session ProConnect, de ProConnect", { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody }),
      ),
      handler: async (request, reply) => {
        const principal = request.requirePrincipal();
        const url = await service().logout(principal, providerLog(request));
        clearSessionCookie(reply, config.cookieSecure);
        return { redirectTo: url?.href ?? null };
      },
    });
  };
}
