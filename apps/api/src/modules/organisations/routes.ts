import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOptions, type ErrorAnswers, type RouteTypes } from "../route-table.ts";

const R = PLATFORM_ROUTES.organisations;
const denials = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const doc = (summary: string, errors: ErrorAnswers = {}) => ({
  tags: ["organisations"],
  summary,
  errors: { 400: ErrorBody, ...errors, ...denials },
  absolute: true,
});

export async function organisationsRoutes(app: FastifyInstance): Promise<void> {
  const service = app.services.organisationsService;

  app.route<RouteTypes<typeof R.get>>({
    ...routeOptions(R.get, doc("Une organisation dont on est membre")),
    handler: async (request) => service.get(request.requirePrincipal(), request.params.organisationId),
  });

  app.route<RouteTypes<typeof R.members>>({
    ...routeOptions(R.members, doc("Les membres d'une organisation (administrateurs, coordinateurs)")),
    handler: async (request) => service.members(request.requirePrincipal(), request.params.organisationId),
  });

  app.route<RouteTypes<typeof R.addMember>>({
    ...routeOptions(R.addMember, doc("Créer un compte membre de l'organisation (administrateurs)", { 409: ErrorBody })),
    handler: async (request, reply) => {
      const member = await service.addMember(request.requirePrincipal(), request.params.organisationId, request.body);
      return reply.code(201).send(member);
    },
  });

  app.route<RouteTypes<typeof R.updateMember>>({
    ...routeOptions(R.updateMember, doc("Changer le rôle d'un membre, le désactiver ou le réactiver (administrateurs)")),
    handler: async (request) =>
      service.updateMember(request.requirePrincipal(), request.params.organisationId, request.params.userId, request.body),
  });
}
