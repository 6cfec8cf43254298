import { MapQuery, NetworkMap } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** The network map: structures, sectors and encounter points. */
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
}
