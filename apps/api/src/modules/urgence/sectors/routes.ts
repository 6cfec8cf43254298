import { IdParams, NetworkQuery, PurposeBody, SectorBody, SectorView, UpdateSectorBody } from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags, type Id } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** The teams' sectors. */
export async function sectorsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Querystring: Static<typeof NetworkQuery> }>(
    "/sectors",
    {
      schema: {
        tags,
        summary: "Secteurs des équipes du réseau",
        querystring: NetworkQuery,
        response: { 200: Type.Array(SectorView), ...errors },
      },
    },
    async (request) => s.sectors.list(request.requirePrincipal(), request.query.networkId),
  );

  app.post<{ Body: SectorBody }>(
    "/sectors",
    {
      schema: { tags, summary: "Créer le secteur d'une équipe (coordination)", body: SectorBody, response: { 201: SectorView, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await s.sectors.create(request.requirePrincipal(), request.body)),
  );

  app.patch<{ Params: Id; Body: UpdateSectorBody }>(
    "/sectors/:id",
    {
      schema: {
        tags,
        summary: "Modifier un secteur (coordination)",
        params: IdParams,
        body: UpdateSectorBody,
        response: { 200: SectorView, ...errors },
      },
    },
    async (request) => s.sectors.update(request.requirePrincipal(), request.params.id, request.body),
  );

  app.delete<{ Params: Id; Body: PurposeBody }>(
    "/sectors/:id",
    {
      schema: {
        tags,
        summary: "Supprimer un secteur (coordination)",
        params: IdParams,
        body: PurposeBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await s.sectors.remove(request.requirePrincipal(), request.params.id, request.body.purpose);
      return reply.code(204).send();
    },
  );
}
