import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.settings;

/** A network's local policy (settings) and its inactivity rule. */
export async function settingsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.get>>({
    ...routeOf(R.get, "Politique locale : délai d'inactivité, critères de priorité"),
    handler: async (request) => s.settings.get(request.requirePrincipal(), request.params.networkId),
  });

  app.route<RouteTypes<typeof R.put>>({
    ...routeOf(R.put, "Changer la politique locale (coordination du SIAO)"),
    handler: async (request) => s.settings.put(request.requirePrincipal(), request.params.networkId, request.body),
  });

  app.route<RouteTypes<typeof R.applyInactivity>>({
    ...routeOf(R.applyInactivity, "Appliquer la règle d'inactivité (sans contact depuis N jours → inactive)"),
    handler: async (request) => s.settings.applyInactivity(request.requirePrincipal(), request.body),
  });
}
