import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.matching;

/** Orientation proposals computed for open requests (the explainable greedy matching, ADR 0012). */
export async function matchingRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.run>>({
    ...routeOf(R.run, "Orientation de la nuit : propositions et raisons, pour chaque demande ouverte"),
    handler: async (request) => s.matching.run(request.requirePrincipal(), request.body),
  });
}
