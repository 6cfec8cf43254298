import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.requests;

/** Shelter requests: open, transition, proposal. */
export async function requestsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.create>>({
    ...routeOf(R.create, "Ouvrir une demande d'hébergement"),
    handler: async (request, reply) => reply.code(201).send(await s.requests.create(request.requirePrincipal(), request.body)),
  });

  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Demandes d'hébergement du réseau visibles pour soi"),
    handler: async (request) => s.requests.list(request.requirePrincipal(), request.query),
  });

  app.route<RouteTypes<typeof R.get>>({
    ...routeOf(R.get, "Une demande d'hébergement"),
    handler: async (request) => s.requests.get(request.requirePrincipal(), request.params.id, request.query.purpose),
  });

  app.route<RouteTypes<typeof R.transition>>({
    ...routeOf(
      R.transition,
      "Faire avancer une demande : acceptée, refusée (qui, pourquoi), arrivée, terminée (destination), remise en attente",
    ),
    handler: async (request) => s.requests.transition(request.requirePrincipal(), request.params.id, request.body),
  });

  app.route<RouteTypes<typeof R.proposal>>({
    ...routeOf(R.proposal, "L'opérateur confirme la proposition, ou la remplace (raison obligatoire)"),
    handler: async (request) => s.requests.proposal(request.requirePrincipal(), request.params.id, request.body),
  });
}
