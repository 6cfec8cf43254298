import { CreateRequestBody, IdParams, ProposalBody, ReadQuery, RequestQuery, RequestView, TransitionBody } from "@zero/schemas";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags, type Id } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** Shelter requests: open, transition, proposal. */
export async function requestsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.post<{ Body: CreateRequestBody }>(
    "/requests",
    { schema: { tags, summary: "Ouvrir une demande d'hébergement", body: CreateRequestBody, response: { 201: RequestView, ...errors } } },
    async (request, reply) => reply.code(201).send(await s.requests.create(request.requirePrincipal(), request.body)),
  );

  app.get<{ Querystring: RequestQuery }>(
    "/requests",
    {
      schema: {
        tags,
        summary: "Demandes d'hébergement du réseau visibles pour soi",
        querystring: RequestQuery,
        response: { 200: Type.Array(RequestView), ...errors },
      },
    },
    async (request) => s.requests.list(request.requirePrincipal(), request.query),
  );

  app.get<{ Params: Id; Querystring: ReadQuery }>(
    "/requests/:id",
    {
      schema: {
        tags,
        summary: "Une demande d'hébergement",
        params: IdParams,
        querystring: ReadQuery,
        response: { 200: RequestView, ...errors },
      },
    },
    async (request) => s.requests.get(request.requirePrincipal(), request.params.id, request.query.purpose),
  );

  app.post<{ Params: Id; Body: TransitionBody }>(
    "/requests/:id/transition",
    {
      schema: {
        tags,
        summary: "Faire avancer une demande : acceptée, refusée (qui, pourquoi), arrivée, terminée (destination), remise en attente",
        params: IdParams,
        body: TransitionBody,
        response: { 200: RequestView, ...errors },
      },
    },
    async (request) => s.requests.transition(request.requirePrincipal(), request.params.id, request.body),
  );

  app.post<{ Params: Id; Body: ProposalBody }>(
    "/requests/:id/proposal",
    {
      schema: {
        tags,
        summary: "L'opérateur confirme la proposition, ou la remplace (raison obligatoire)",
        params: IdParams,
        body: ProposalBody,
        response: { 200: RequestView, ...errors },
      },
    },
    async (request) => s.requests.proposal(request.requirePrincipal(), request.params.id, request.body),
  );
}
