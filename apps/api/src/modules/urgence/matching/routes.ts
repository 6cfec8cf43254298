import { MatchingBody, MatchingResult } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** Orientation proposals computed for open requests (the explainable greedy matching, ADR 0012). */
export async function matchingRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.post<{ Body: MatchingBody }>(
    "/matching",
    {
      schema: {
        tags,
        summary: "Orientation de la nuit : propositions et raisons, pour chaque demande ouverte",
        body: MatchingBody,
        response: { 200: MatchingResult, ...errors },
      },
    },
    async (request) => s.matching.run(request.requirePrincipal(), request.body),
  );
}
