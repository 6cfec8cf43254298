import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.map;

/** The network map: structures, sectors and encounter points. */
export async function mapRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.get>>({
    ...routeOf(R.get, "Carte du réseau (GeoJSON) : structures et places libres, secteurs, rencontres sans personne"),
    handler: async (request) => s.map.get(request.requirePrincipal(), request.query),
  });
}
