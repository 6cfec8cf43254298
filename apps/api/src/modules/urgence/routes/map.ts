import {
  ErrorBody,
  IdParams,
  MapQuery,
  NetworkMap,
  NetworkMemberBody,
  NetworkMemberParams,
  NetworkQuery,
  NetworkView,
  PurposeBody,
  SectorBody,
  SectorView,
  UpdateSectorBody,
} from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { UrgenceRouteOptions } from "../service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ["urgence"];
type Id = Static<typeof IdParams>;

/** The network map, the teams' sectors, and the membership of SIAO networks. */
export async function mapRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Querystring: MapQuery }>(
    "/map",
    {
      schema: {
        tags,
        summary: "Carte du réseau (GeoJSON) : structures et places libres, secteurs, rencontres sans personne",
        querystring: MapQuery,
        response: { 200: NetworkMap, ...errors },
      },
    },
    async (request) => s.map.get(request.requirePrincipal(), request.query),
  );

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
