import { EncounterBody, EncounterQuery, EncounterView } from "@zero/schemas";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** Encounters (maraude, 115 call, day centre). */
export async function encountersRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
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
}
