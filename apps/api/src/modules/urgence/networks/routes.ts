import { NetworkList, NetworkMemberBody, NetworkMemberParams, NetworkView } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** SIAO networks: who belongs, which roles each member is admitted for. */
export async function networksRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get(
    "/networks",
    {
      schema: {
        tags,
        summary: "Réseaux SIAO de ses organisations, et leurs membres (pour les consentements)",
        response: { 200: NetworkList, ...errors },
      },
    },
    async (request) => s.settings.networks(request.requirePrincipal()),
  );

  app.put<{ Params: NetworkMemberParams; Body: NetworkMemberBody }>(
    "/networks/:networkId/members/:organisationId",
    {
      schema: {
        tags,
        summary: "Ajouter une organisation au réseau SIAO, et les rôles sur la liste nominative qu'il lui admet (coordination du SIAO)",
        params: NetworkMemberParams,
        body: NetworkMemberBody,
        response: { 200: NetworkView, ...errors },
      },
    },
    async (request) =>
      s.networks.add(
        request.requirePrincipal(),
        request.params.networkId,
        request.params.organisationId,
        request.body.purpose,
        request.body.roles,
      ),
  );

  app.delete<{ Params: NetworkMemberParams; Body: NetworkMemberBody }>(
    "/networks/:networkId/members/:organisationId",
    {
      schema: {
        tags,
        summary: "Retirer une organisation du réseau SIAO (coordination du SIAO)",
        params: NetworkMemberParams,
        body: NetworkMemberBody,
        response: { 200: NetworkView, ...errors },
      },
    },
    async (request) =>
      s.networks.remove(request.requirePrincipal(), request.params.networkId, request.params.organisationId, request.body.purpose),
  );
}
