import {
  RecordChangeDecision,
  IdParams,
  RecordChangeBody,
  RecordChangeList,
  RecordChangeParams,
  RecordChangeView,
  ReadQuery,
} from "@zero/schemas";
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

const LIST_PURPOSE = "examen des modifications proposées";

/** Changes to a person's record proposed by the organisations that share it (proposals/). */
export async function proposalsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.post<{ Params: Static<typeof IdParams>; Body: RecordChangeBody }>(
    "/people/:id/proposals",
    {
      schema: {
        tags,
        summary: "Proposer un changement de nom, un décès ou un consentement (organisation partenaire)",
        params: IdParams,
        body: RecordChangeBody,
        response: { 201: RecordChangeView, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await s.proposals.propose(request.requirePrincipal(), request.params.id, request.body)),
  );
  app.get<{ Params: Static<typeof IdParams>; Querystring: ReadQuery }>(
    "/people/:id/proposals",
    {
      schema: {
        tags,
        summary: "Les changements proposés pour une personne (organisation qui l'a inscrite, coordination)",
        params: IdParams,
        querystring: ReadQuery,
        response: { 200: RecordChangeList, ...errors },
      },
    },
    async (request) => s.proposals.list(request.requirePrincipal(), request.params.id, request.query.purpose ?? LIST_PURPOSE),
  );
  app.post<{ Params: Static<typeof RecordChangeParams>; Body: RecordChangeDecision }>(
    "/proposals/:proposalId/decision",
    {
      schema: {
        tags,
        summary: "Accepter (le changement est fait) ou refuser une proposition, avec le motif",
        params: RecordChangeParams,
        body: RecordChangeDecision,
        response: { 200: RecordChangeView, ...errors },
      },
    },
    async (request) => s.proposals.decide(request.requirePrincipal(), request.params.proposalId, request.body),
  );
}
