import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOptions } from "../route-table.ts";

/** GET /api/auth/methods: whether the login page offers ProConnect beside the password. */
export async function authMethodsRoutes(app: FastifyInstance): Promise<void> {
  app.route({
    ...routeOptions(PLATFORM_ROUTES.auth.methods, {
      tags: ["auth"],
      summary: "Les moyens de connexion proposés par ce serveur",
      errors: { 429: ErrorBody },
      absolute: true,
    }),
    handler: async () => ({ password: true, proconnect: app.services.proconnect !== null }),
  });
}
