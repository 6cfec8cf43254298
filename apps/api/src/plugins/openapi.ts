import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { APP_VERSION } from "../modules/health/routes.ts";

/** OpenAPI 3 description generated from the route schemas, browsable at /api/docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "API Zéro",
        description:
          "API de la plateforme Zéro (Lab Zéro). Erreurs : `{ error: { code, message } }`, " +
          "codes stables listés dans docs/api/errors.md. Les requêtes qui modifient des " +
          "données exigent l'en-tête `x-csrf-token` reçu à la connexion.",
        version: APP_VERSION,
        license: { name: "AGPL-3.0-or-later" },
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "zero_session" },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
});
