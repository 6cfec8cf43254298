import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const R = URGENCE_ROUTES.people;

export async function peopleRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.list>>({
    ...routeOf(R.list, "Liste nominative : les personnes que l'on peut voir (chaque lecture est journalisée)"),
    handler: async (request) => s.people.list(request.requirePrincipal(), request.query),
  });
  app.route<RouteTypes<typeof R.create>>({
    ...routeOf(R.create, "Inscrire une personne sur la liste nominative (avec son consentement)"),
    handler: async (request, reply) => reply.code(201).send(await s.people.create(request.requirePrincipal(), request.body)),
  });
  app.route<RouteTypes<typeof R.get>>({
    ...routeOf(R.get, "Une personne"),
    handler: async (request) => s.people.get(request.requirePrincipal(), request.params.id, request.query.purpose),
  });
  app.route<RouteTypes<typeof R.update>>({
    ...routeOf(R.update, "Modifier une personne"),
    handler: async (request) => s.people.update(request.requirePrincipal(), request.params.id, request.body),
  });
  app.route<RouteTypes<typeof R.changeStatus>>({
    ...routeOf(R.changeStatus, "Changer le statut sur la liste (active, inactive, logée, en institution, décédée)"),
    handler: async (request) => s.people.changeStatus(request.requirePrincipal(), request.params.id, request.body),
  });
  app.route<RouteTypes<typeof R.timeline>>({
    ...routeOf(R.timeline, "Parcours : rencontres, demandes, orientations, statuts, consentements"),
    handler: async (request) => s.people.timeline(request.requirePrincipal(), request.params.id, request.query.purpose),
  });
  app.route<RouteTypes<typeof R.giveConsent>>({
    ...routeOf(R.giveConsent, "Recueillir un consentement (remplace le consentement actif)"),
    handler: async (request, reply) =>
      reply.code(201).send(await s.people.giveConsent(request.requirePrincipal(), request.params.id, request.body)),
  });
  app.route<RouteTypes<typeof R.withdrawConsent>>({
    ...routeOf(R.withdrawConsent, "Retirer un consentement"),
    handler: async (request, reply) => {
      await s.people.withdrawConsent(request.requirePrincipal(), request.params.id, request.params.consentId, request.body.purpose);
      return reply.code(204).send();
    },
  });
  app.route<RouteTypes<typeof R.erase>>({
    ...routeOf(R.erase, "Effacement à la demande de la personne : seule suppression possible, journalisée"),
    handler: async (request, reply) => {
      await s.people.erase(request.requirePrincipal(), request.params.id, request.body.purpose);
      return reply.code(204).send();
    },
  });
  app.route<RouteTypes<typeof R.merge>>({
    ...routeOf(R.merge, "Fusionner cette fiche dans une autre (doublon)"),
    handler: async (request) =>
      s.duplicates.merge(request.requirePrincipal(), request.params.id, request.body.intoId, request.body.purpose),
  });
  app.route<RouteTypes<typeof R.split>>({
    ...routeOf(R.split, "Séparer une fiche fusionnée par erreur"),
    handler: async (request) => s.duplicates.split(request.requirePrincipal(), request.params.id, request.body.purpose),
  });
}
