import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Principal } from "../authz/principal.ts";
import { AppError } from "../errors/app-error.ts";

export const SESSION_COOKIE = "zero_session";
export const CSRF_HEADER = "x-csrf-token";
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
    /** The connected principal, or UNAUTHENTICATED (401). */
    requirePrincipal(): Principal;
  }
  interface FastifyContextConfig {
    /** Set to false on the few routes that run before a session exists (login). */
    csrf?: boolean;
  }
}

/**
 * Resolves the session cookie into a principal on every request, and refuses
 * state-changing requests of a session that do not carry its CSRF token.
 */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest("principal", null);
  app.decorateRequest("requirePrincipal", function (this: FastifyRequest): Principal {
    if (!this.principal) throw new AppError("UNAUTHENTICATED");
    return this.principal;
  });

  app.addHook("onRequest", async (request: FastifyRequest) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    request.principal = await app.services.auth.resolve(unsigned.value);
  });

  app.addHook("preHandler", async (request: FastifyRequest) => {
    if (!STATE_CHANGING.has(request.method)) return;
    if (request.routeOptions.config.csrf === false) return;
    if (!request.principal) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== "string" || sent !== request.principal.csrfToken) {
      throw new AppError("CSRF_INVALID");
    }
  });
});

export function setSessionCookie(reply: FastifyReply, token: string, options: { secure: boolean; maxAgeSeconds: number }): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    signed: true,
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure });
}
