import { InactivityBody, InactivityResult, UrgenceSettings, UrgenceSettingsBody } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { errors, tags, NetworkParams } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";

/** A network's local policy (settings) and its inactivity rule. */
export async function settingsRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Params: NetworkParams }>(
    "/networks/:networkId/settings",
    {
      schema: {
        tags,
        summary: "Politique locale : délai d'inactivité, critères de priorité",
        params: NetworkParams,
        response: { 200: UrgenceSettings, ...errors },
      },
    },
    async (request) => s.settings.get(request.requirePrincipal(), request.params.networkId),
  );

  app.put<{ Params: NetworkParams; Body: UrgenceSettingsBody }>(
    "/networks/:networkId/settings",
    {
      schema: {
        tags,
        summary: "Changer la politique locale (coordination du SIAO)",
        params: NetworkParams,
        body: UrgenceSettingsBody,
        response: { 200: UrgenceSettings, ...errors },
      },
    },
    async (request) => s.settings.put(request.requirePrincipal(), request.params.networkId, request.body),
  );

  app.post<{ Body: InactivityBody }>(
    "/inactivity",
    {
      schema: {
        tags,
        summary: "Appliquer la règle d'inactivité (sans contact depuis N jours → inactive)",
        body: InactivityBody,
        response: { 200: InactivityResult, ...errors },
      },
    },
    async (request) => s.settings.applyInactivity(request.requirePrincipal(), request.body),
  );
}
