import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.networks;

/** SIAO networks: who belongs, which roles each member is admitted for. */
export async function networksRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Réseaux SIAO de ses organisations, et leurs membres (pour les consentements)"),
    handler: async (request) => s.settings.networks(request.requirePrincipal()),
  });

  app.route<RouteTypes<typeof R.addMember>>({
    ...routeOf(
      R.addMember,
      "Ajouter une organisation au réseau SIAO, et les rôles sur la liste nominative qu'il lui admet (coordination du SIAO)",
    ),
    handler: async (request) =>
      s.networks.add(
        request.requirePrincipal(),
        request.params.networkId,
        request.params.organisationId,
        request.body.purpose,
        request.body.roles,
      ),
  });

  app.route<RouteTypes<typeof R.removeMember>>({
    ...routeOf(R.removeMember, "Retirer une organisation du réseau SIAO (coordination du SIAO)"),
    handler: async (request) =>
      s.networks.remove(request.requirePrincipal(), request.params.networkId, request.params.organisationId, request.body.purpose),
  });
}
