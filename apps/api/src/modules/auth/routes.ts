import { ErrorBody, LoginBody, SessionView } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../../config.ts";
import { AppError } from "../../errors/app-error.ts";
import { clearSessionCookie, setSessionCookie } from "../../plugins/session.ts";
import { accountRoutes } from "./account-routes.ts";
import { authMethodsRoutes } from "./methods-routes.ts";
import { withRetryAfter } from "./retry-after.ts";
import { sessionView } from "./view.ts";

export function authRoutes(config: AppConfig) {
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(accountRoutes(config));
    await app.register(authMethodsRoutes);

    app.post<{ Body: LoginBody }>(
      "/api/auth/login",
      {
        // No request-count limit: failed logins only are counted, per account and per address
        // (login-throttle.ts), so that ten agents signing in at one counter are never locked out.
        config: { csrf: false },
        schema: {
          tags: ["auth"],
          summary: "Se connecter avec une adresse électronique et un mot de passe",
          body: LoginBody,
          response: { 200: SessionView, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const { token, principal } = await withRetryAfter(reply, () =>
          app.services.auth.login(request.body.email, request.body.password, request.ip),
        );
        setSessionCookie(reply, token, {
          secure: config.cookieSecure,
          maxAgeSeconds: config.sessionTtlHours * 3600,
        });
        return sessionView(principal);
      },
    );

    app.post(
      "/api/auth/logout",
      {
        schema: {
          tags: ["auth"],
          summary: "Se déconnecter (supprime la session côté serveur)",
          response: { 204: { type: "null", description: "Session supprimée" }, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request, reply) => {
        const principal = request.requirePrincipal();
        await app.services.auth.logout(principal);
        clearSessionCookie(reply, config.cookieSecure);
        return reply.code(204).send();
      },
    );

    app.get(
      "/api/me",
      {
        schema: {
          tags: ["auth"],
          summary: "La personne connectée, ses organisations et rôles, et le jeton CSRF",
          response: { 200: SessionView, 401: ErrorBody },
        },
      },
      async (request) => {
        if (!request.principal) throw new AppError("UNAUTHENTICATED");
        return sessionView(request.principal);
      },
    );
  };
}
