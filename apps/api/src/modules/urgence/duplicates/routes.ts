import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.duplicates;

/** Likely duplicates on the by-name list, for the SIAO coordination. */
export async function duplicatesRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Doublons probables entre équipes (coordination)"),
    handler: async (request) => s.duplicates.suggestions(request.requirePrincipal(), request.query.networkId),
  });
}
