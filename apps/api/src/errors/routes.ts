import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOptions, type RouteTypes } from "../modules/route-table.ts";
import { AppError } from "./app-error.ts";
import type { ErrorTable } from "./catalogue.ts";

const R = PLATFORM_ROUTES.errors;

/**
 * One entry of the error catalogue (the platform's and every module's) by its code: a page that was sent only a code (the login
 * page after ProConnect's callback, `/connexion?erreur=…`) shows the catalogue's French words.
 */
export async function errorCatalogueRoutes(app: FastifyInstance, { catalogue }: { catalogue: ErrorTable }): Promise<void> {
  app.route<RouteTypes<typeof R.entry>>({
    ...routeOptions(R.entry, {
      tags: ["système"],
      summary: "Un code du catalogue d'erreurs, avec son message en français",
      errors: { 400: ErrorBody, 404: ErrorBody },
      absolute: true,
    }),
    handler: async (request) => {
      const { code } = request.params;
      const entry = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
      if (entry === undefined) throw new AppError("NOT_FOUND");
      return { code, status: entry.status, message: entry.message };
    },
  });
}
