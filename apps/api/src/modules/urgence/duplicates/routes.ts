import { DuplicateList, NetworkQuery } from "@zero/schemas";
import { type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** Likely duplicates on the by-name list, for the SIAO coordination. */
export async function duplicatesRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Querystring: Static<typeof NetworkQuery> }>(
    "/duplicates",
    {
      schema: {
        tags,
        summary: "Doublons probables entre équipes (coordination)",
        querystring: NetworkQuery,
        response: { 200: DuplicateList, ...errors },
      },
    },
    async (request) => s.duplicates.suggestions(request.requirePrincipal(), request.query.networkId),
  );
}
