import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.sectors;

/** The teams' sectors. */
export async function sectorsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Secteurs des équipes du réseau"),
    handler: async (request) => s.sectors.list(request.requirePrincipal(), request.query.networkId),
  });

  app.route<RouteTypes<typeof R.create>>({
    ...routeOf(R.create, "Créer le secteur d'une équipe (coordination)"),
    handler: async (request, reply) => reply.code(201).send(await s.sectors.create(request.requirePrincipal(), request.body)),
  });

  app.route<RouteTypes<typeof R.update>>({
    ...routeOf(R.update, "Modifier un secteur (coordination)"),
    handler: async (request) => s.sectors.update(request.requirePrincipal(), request.params.id, request.body),
  });

  app.route<RouteTypes<typeof R.remove>>({
    ...routeOf(R.remove, "Supprimer un secteur (coordination)"),
    handler: async (request, reply) => {
      await s.sectors.remove(request.requirePrincipal(), request.params.id, request.body.purpose);
      return reply.code(204).send();
    },
  });
}
