import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.encounters;

/** Encounters (maraude, 115 call, day centre). */
export async function encountersRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.create>>({
    ...routeOf(R.create, "Enregistrer une rencontre (maraude, appel 115, accueil de jour)"),
    handler: async (request, reply) => reply.code(201).send(await s.encounters.create(request.requirePrincipal(), request.body)),
  });

  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Les rencontres d'une équipe (pour sa carte et ses tournées)"),
    handler: async (request) => s.encounters.list(request.requirePrincipal(), request.query),
  });
}
