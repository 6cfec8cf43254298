import type { FastifyServerOptions } from "fastify";

/**
 * Structured logs (pino) that never carry personal data: requests are logged by route
 * pattern, not raw URL (a query string may hold a name), and cookies, CSRF tokens,
 * authorisation headers and bodies are never serialised.
 */
export function logOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      censor: "[caché]",
    },
    serializers: {
      req(request: { method: string; routeOptions?: { url?: string }; id: string }) {
        return { id: request.id, method: request.method, route: request.routeOptions?.url ?? "(inconnue)" };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}
