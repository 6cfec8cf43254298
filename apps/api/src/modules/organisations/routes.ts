import {
  CreateMemberBody,
  ErrorBody,
  MemberParams,
  MemberView,
  OrganisationParams,
  UpdateMemberBody,
  OrganisationView,
} from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";

type Params = Static<typeof OrganisationParams>;
const denials = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export async function organisationsRoutes(app: FastifyInstance): Promise<void> {
  const service = app.services.organisationsService;

  app.get<{ Params: Params }>(
    "/api/organisations/:organisationId",
    {
      schema: {
        tags: ["organisations"],
        summary: "Une organisation dont on est membre",
        params: OrganisationParams,
        response: { 200: OrganisationView, 400: ErrorBody, ...denials },
      },
    },
    async (request) => service.get(request.requirePrincipal(), request.params.organisationId),
  );

  app.get<{ Params: Params }>(
    "/api/organisations/:organisationId/members",
    {
      schema: {
        tags: ["organisations"],
        summary: "Les membres d'une organisation (administrateurs, coordinateurs)",
        params: OrganisationParams,
        response: { 200: Type.Array(MemberView), 400: ErrorBody, ...denials },
      },
    },
    async (request) => service.members(request.requirePrincipal(), request.params.organisationId),
  );

  app.post<{ Params: Params; Body: CreateMemberBody }>(
    "/api/organisations/:organisationId/members",
    {
      schema: {
        tags: ["organisations"],
        summary: "Créer un compte membre de l'organisation (administrateurs)",
        params: OrganisationParams,
        body: CreateMemberBody,
        response: { 201: MemberView, 400: ErrorBody, 409: ErrorBody, ...denials },
      },
    },
    async (request, reply) => {
      const member = await service.addMember(request.requirePrincipal(), request.params.organisationId, request.body);
      return reply.code(201).send(member);
    },
  );

  app.patch<{ Params: Static<typeof MemberParams>; Body: UpdateMemberBody }>(
    "/api/organisations/:organisationId/members/:userId",
    {
      schema: {
        tags: ["organisations"],
        summary: "Changer le rôle d'un membre, le désactiver ou le réactiver (administrateurs)",
        params: MemberParams,
        body: UpdateMemberBody,
        response: { 200: MemberView, 400: ErrorBody, ...denials },
      },
    },
    async (request) => service.updateMember(request.requirePrincipal(), request.params.organisationId, request.params.userId, request.body),
  );
}
