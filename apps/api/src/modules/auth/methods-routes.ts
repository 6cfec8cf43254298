import { AuthMethods, ErrorBody } from "@zero/schemas";
import type { FastifyInstance } from "fastify";

/** GET /api/auth/methods: whether the login page offers ProConnect beside the password. */
export async function authMethodsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/api/auth/methods",
    {
      schema: {
        tags: ["auth"],
        summary: "Les moyens de connexion proposés par ce serveur",
        response: { 200: AuthMethods, 429: ErrorBody },
      },
    },
    async () => ({ password: true, proconnect: app.services.proconnect !== null }),
  );
}
