import {
  ConsentBody,
  CreatePersonBody,
  IdParams,
  MergeBody,
  PeoplePage,
  PeopleQuery,
  PersonView,
  PurposeBody,
  ReadQuery,
  StatusChangeBody,
  Timeline,
  UpdatePersonBody,
} from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags, type Id } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const ConsentParams = Type.Object({ id: Type.String({ format: "uuid" }), consentId: Type.String({ format: "uuid" }) });

export async function peopleRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Querystring: PeopleQuery }>(
    "/people",
    {
      schema: {
        tags,
        summary: "Liste nominative : les personnes que l'on peut voir (chaque lecture est journalisée)",
        querystring: PeopleQuery,
        response: { 200: PeoplePage, ...errors },
      },
    },
    async (request) => s.people.list(request.requirePrincipal(), request.query),
  );
  app.post<{ Body: CreatePersonBody }>(
    "/people",
    {
      schema: {
        tags,
        summary: "Inscrire une personne sur la liste nominative (avec son consentement)",
        body: CreatePersonBody,
        response: { 201: PersonView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await s.people.create(request.requirePrincipal(), request.body)),
  );
  app.get<{ Params: Id; Querystring: ReadQuery }>(
    "/people/:id",
    { schema: { tags, summary: "Une personne", params: IdParams, querystring: ReadQuery, response: { 200: PersonView, ...errors } } },
    async (request) => s.people.get(request.requirePrincipal(), request.params.id, request.query.purpose),
  );
  app.patch<{ Params: Id; Body: UpdatePersonBody }>(
    "/people/:id",
    {
      schema: {
        tags,
        summary: "Modifier une personne",
        params: IdParams,
        body: UpdatePersonBody,
        response: { 200: PersonView, ...errors },
      },
    },
    async (request) => s.people.update(request.requirePrincipal(), request.params.id, request.body),
  );
  app.post<{ Params: Id; Body: StatusChangeBody }>(
    "/people/:id/status",
    {
      schema: {
        tags,
        summary: "Changer le statut sur la liste (active, inactive, logée, en institution, décédée)",
        params: IdParams,
        body: StatusChangeBody,
        response: { 200: PersonView, ...errors },
      },
    },
    async (request) => s.people.changeStatus(request.requirePrincipal(), request.params.id, request.body),
  );
  app.get<{ Params: Id; Querystring: ReadQuery }>(
    "/people/:id/timeline",
    {
      schema: {
        tags,
        summary: "Parcours : rencontres, demandes, orientations, statuts, consentements",
        params: IdParams,
        querystring: ReadQuery,
        response: { 200: Timeline, ...errors },
      },
    },
    async (request) => s.people.timeline(request.requirePrincipal(), request.params.id, request.query.purpose),
  );
  app.post<{ Params: Id; Body: ConsentBody }>(
    "/people/:id/consents",
    {
      schema: {
        tags,
        summary: "Recueillir un consentement (remplace le consentement actif)",
        params: IdParams,
        body: ConsentBody,
        response: { 201: PersonView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await s.people.giveConsent(request.requirePrincipal(), request.params.id, request.body)),
  );
  app.post<{ Params: Static<typeof ConsentParams>; Body: PurposeBody }>(
    "/people/:id/consents/:consentId/withdraw",
    {
      schema: {
        tags,
        summary: "Retirer un consentement",
        params: ConsentParams,
        body: PurposeBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await s.people.withdrawConsent(request.requirePrincipal(), request.params.id, request.params.consentId, request.body.purpose);
      return reply.code(204).send();
    },
  );
  app.post<{ Params: Id; Body: PurposeBody }>(
    "/people/:id/erasure",
    {
      schema: {
        tags,
        summary: "Effacement à la demande de la personne : seule suppression possible, journalisée",
        params: IdParams,
        body: PurposeBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await s.people.erase(request.requirePrincipal(), request.params.id, request.body.purpose);
      return reply.code(204).send();
    },
  );
  app.post<{ Params: Id; Body: MergeBody }>(
    "/people/:id/merge",
    {
      schema: {
        tags,
        summary: "Fusionner cette fiche dans une autre (doublon)",
        params: IdParams,
        body: MergeBody,
        response: { 200: PersonView, ...errors },
      },
    },
    async (request) => s.duplicates.merge(request.requirePrincipal(), request.params.id, request.body.intoId, request.body.purpose),
  );
  app.post<{ Params: Id; Body: PurposeBody }>(
    "/people/:id/split",
    {
      schema: {
        tags,
        summary: "Séparer une fiche fusionnée par erreur",
        params: IdParams,
        body: PurposeBody,
        response: { 200: PersonView, ...errors },
      },
    },
    async (request) => s.duplicates.split(request.requirePrincipal(), request.params.id, request.body.purpose),
  );
}
