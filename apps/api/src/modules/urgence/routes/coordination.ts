import {
  Dashboard,
  DashboardQuery,
  DuplicateList,
  ErrorBody,
  InactivityBody,
  InactivityResult,
  MatchingBody,
  MatchingResult,
  NetworkList,
  NetworkQuery,
  UrgenceSettings,
  UrgenceSettingsBody,
} from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { UrgenceRouteOptions } from "../service.ts";
import { dashboardCsv } from "../dashboard/service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ["urgence"];
const NetworkParams = Type.Object({ networkId: Type.String({ format: "uuid" }) });
type NetworkParams = Static<typeof NetworkParams>;

export async function coordinationRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.get(
    "/networks",
    {
      schema: {
        tags,
        summary: "Réseaux SIAO de ses organisations, et leurs membres (pour les consentements)",
        response: { 200: NetworkList, ...errors },
      },
    },
    async (request) => s.settings.networks(request.requirePrincipal()),
  );
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
  app.get<{ Querystring: DashboardQuery }>(
    "/dashboard",
    {
      schema: {
        tags,
        summary: "Tableau de bord « zéro fonctionnel » : agrégats par mois et cohorte",
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...errors },
      },
    },
    async (request) => s.dashboard.get(request.requirePrincipal(), request.query),
  );
  app.get<{ Querystring: DashboardQuery }>(
    "/dashboard.csv",
    { schema: { tags, summary: "Tableau de bord en CSV", querystring: DashboardQuery, produces: ["text/csv"], response: { ...errors } } },
    async (request, reply) => {
      const dashboard = await s.dashboard.get(request.requirePrincipal(), request.query);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="urgence-tableau-de-bord.csv"')
        .send(dashboardCsv(dashboard));
    },
  );
}
