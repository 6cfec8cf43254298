import {
  AvailabilityQuery,
  AvailabilityView,
  CreateRequestBody,
  CreateStructureBody,
  DeclareAvailabilityBody,
  EncounterBody,
  EncounterQuery,
  EncounterView,
  ErrorBody,
  IdParams,
  ProposalBody,
  ReadQuery,
  RequestQuery,
  RequestView,
  StructureQuery,
  StructureView,
  TransitionBody,
} from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { UrgenceRouteOptions } from "../service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ["urgence"];
type Id = Static<typeof IdParams>;

export async function operationsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.post<{ Body: EncounterBody }>(
    "/encounters",
    {
      schema: {
        tags,
        summary: "Enregistrer une rencontre (maraude, appel 115, accueil de jour)",
        body: EncounterBody,
        response: { 201: EncounterView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await s.encounters.create(request.requirePrincipal(), request.body)),
  );
  app.get<{ Querystring: EncounterQuery }>(
    "/encounters",
    {
      schema: {
        tags,
        summary: "Les rencontres d'une équipe (pour sa carte et ses tournées)",
        querystring: EncounterQuery,
        response: { 200: Type.Array(EncounterView), ...errors },
      },
    },
    async (request) => s.encounters.list(request.requirePrincipal(), request.query),
  );

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
