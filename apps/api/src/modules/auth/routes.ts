import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../../config.ts";
import { AppError } from "../../errors/app-error.ts";
import { clearSessionCookie, setSessionCookie } from "../../plugins/session.ts";
import { accountRoutes } from "./account-routes.ts";
import { authMethodsRoutes } from "./methods-routes.ts";
import { routeOptions, type ErrorAnswers, type RouteTypes } from "../route-table.ts";
import { withRetryAfter } from "./retry-after.ts";
import { sessionView } from "./view.ts";

const R = PLATFORM_ROUTES.auth;
const doc = (summary: string, errors: ErrorAnswers) => ({ tags: ["auth"], summary, errors, absolute: true });

export function authRoutes(config: AppConfig) {
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(accountRoutes(config));
    await app.register(authMethodsRoutes);

    app.route<RouteTypes<typeof R.login>>({
      ...routeOptions(
        R.login,
        doc("Se connecter avec une adresse électronique et un mot de passe", { 400: ErrorBody, 401: ErrorBody, 429: ErrorBody }),
      ),
      // No request-count limit: failed logins only are counted, per account and per address
      // (login-throttle.ts), so that ten agents signing in at one counter are never locked out.
      config: { csrf: false },
      handler: async (request, reply) => {
        const { token, principal } = await withRetryAfter(reply, () =>
          app.services.auth.login(request.body.email, request.body.password, request.ip),
        );
        setSessionCookie(reply, token, {
          secure: config.cookieSecure,
          maxAgeSeconds: config.sessionTtlHours * 3600,
        });
        return sessionView(principal);
      },
    });

    app.route({
      ...routeOptions(R.logout, doc("Se déconnecter (supprime la session côté serveur)", { 401: ErrorBody, 403: ErrorBody })),
      handler: async (request, reply) => {
        const principal = request.requirePrincipal();
        await app.services.auth.logout(principal);
        clearSessionCookie(reply, config.cookieSecure);
        return reply.code(204).send();
      },
    });

    app.route({
      ...routeOptions(R.me, doc("La personne connectée, ses organisations et rôles, et le jeton CSRF", { 401: ErrorBody })),
      handler: async (request) => {
        if (!request.principal) throw new AppError("UNAUTHENTICATED");
        return sessionView(request.principal);
      },
    });
  };
}
