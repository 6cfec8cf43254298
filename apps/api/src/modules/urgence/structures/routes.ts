import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.structures;

/** Structures and their declared availability. */
export async function structuresRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Structures du réseau, capacité et saturation du jour"),
    handler: async (request) => s.structures.list(request.requirePrincipal(), request.query.networkId, request.query.date),
  });

  app.route<RouteTypes<typeof R.create>>({
    ...routeOf(R.create, "Créer une structure d'hébergement"),
    handler: async (request, reply) => reply.code(201).send(await s.structures.create(request.requirePrincipal(), request.body)),
  });

  app.route<RouteTypes<typeof R.get>>({
    ...routeOf(R.get, "Une structure"),
    handler: async (request) => s.structures.get(request.requirePrincipal(), request.params.id, request.query.date),
  });

  app.route<RouteTypes<typeof R.availability>>({
    ...routeOf(R.availability, "Places libres déclarées pour un jour (et celles non encore proposées)"),
    handler: async (request) => s.structures.availability(request.requirePrincipal(), request.params.id, request.query.date),
  });

  app.route<RouteTypes<typeof R.declare>>({
    ...routeOf(R.declare, "Déclarer les places libres d'un jour (personnel de la structure seulement)"),
    handler: async (request) => s.structures.declare(request.requirePrincipal(), request.params.id, request.body),
  });
}
