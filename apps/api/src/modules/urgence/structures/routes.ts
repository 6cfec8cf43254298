import {
  AvailabilityQuery,
  AvailabilityView,
  CreateStructureBody,
  DeclareAvailabilityBody,
  IdParams,
  StructureQuery,
  StructureView,
} from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags, type Id } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** Structures and their declared availability. */
export async function structuresRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Querystring: Static<typeof StructureQuery> }>(
    "/structures",
    {
      schema: {
        tags,
        summary: "Structures du réseau, capacité et saturation du jour",
        querystring: StructureQuery,
        response: { 200: Type.Array(StructureView), ...errors },
      },
    },
    async (request) => s.structures.list(request.requirePrincipal(), request.query.networkId, request.query.date),
  );

  app.post<{ Body: CreateStructureBody }>(
    "/structures",
    {
      schema: {
        tags,
        summary: "Créer une structure d'hébergement",
        body: CreateStructureBody,
        response: { 201: StructureView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await s.structures.create(request.requirePrincipal(), request.body)),
  );

  app.get<{ Params: Id; Querystring: Static<typeof AvailabilityQuery> }>(
    "/structures/:id",
    {
      schema: {
        tags,
        summary: "Une structure",
        params: IdParams,
        querystring: AvailabilityQuery,
        response: { 200: StructureView, ...errors },
      },
    },
    async (request) => s.structures.get(request.requirePrincipal(), request.params.id, request.query.date),
  );

  app.get<{ Params: Id; Querystring: Static<typeof AvailabilityQuery> }>(
    "/structures/:id/availability",
    {
      schema: {
        tags,
        summary: "Places libres déclarées pour un jour (et celles non encore proposées)",
        params: IdParams,
        querystring: AvailabilityQuery,
        response: { 200: AvailabilityView, ...errors },
      },
    },
    async (request) => s.structures.availability(request.requirePrincipal(), request.params.id, request.query.date),
  );

  app.put<{ Params: Id; Body: DeclareAvailabilityBody }>(
    "/structures/:id/availability",
    {
      schema: {
        tags,
        summary: "Déclarer les places libres d'un jour (personnel de la structure seulement)",
        params: IdParams,
        body: DeclareAvailabilityBody,
        response: { 200: AvailabilityView, ...errors },
      },
    },
    async (request) => s.structures.declare(request.requirePrincipal(), request.params.id, request.body),
  );
}
