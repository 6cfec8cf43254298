import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const LIST_PURPOSE = "examen des modifications proposées";
const R = URGENCE_ROUTES.proposals;

/** Changes to a person's record proposed by the organisations that share it (proposals/). */
export async function proposalsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.propose>>({
    ...routeOf(R.propose, "Proposer un changement de nom, un décès ou un consentement (organisation partenaire)"),
    handler: async (request, reply) =>
      reply.code(201).send(await s.proposals.propose(request.requirePrincipal(), request.params.id, request.body)),
  });
  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Les changements proposés pour une personne (organisation qui l'a inscrite, coordination)"),
    handler: async (request) => s.proposals.list(request.requirePrincipal(), request.params.id, request.query.purpose ?? LIST_PURPOSE),
  });
  app.route<RouteTypes<typeof R.decide>>({
    ...routeOf(R.decide, "Accepter (le changement est fait) ou refuser une proposition, avec le motif"),
    handler: async (request) => s.proposals.decide(request.requirePrincipal(), request.params.proposalId, request.body),
  });
}
