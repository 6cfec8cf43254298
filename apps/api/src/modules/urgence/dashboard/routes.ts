import { Dashboard, DashboardQuery } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { errors, tags } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";
import { dashboardCsv } from "./service.ts";

/** The network dashboard, on screen and as CSV. */
export async function dashboardRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
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
