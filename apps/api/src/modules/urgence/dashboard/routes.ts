import { URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";
import { dashboardCsv } from "./service.ts";

const R = URGENCE_ROUTES.dashboard;

/** The network dashboard, on screen and as CSV. */
export async function dashboardRoutes(app: FastifyInstance, { services: s }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.get>>({
    ...routeOf(R.get, "Tableau de bord « zéro fonctionnel » : agrégats par mois et cohorte"),
    handler: async (request) => s.dashboard.get(request.requirePrincipal(), request.query),
  });

  app.route<RouteTypes<typeof R.csv>>({
    ...routeOf(R.csv, "Tableau de bord en CSV"),
    handler: async (request, reply) => {
      const dashboard = await s.dashboard.get(request.requirePrincipal(), request.query);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="urgence-tableau-de-bord.csv"')
        .send(dashboardCsv(dashboard));
    },
  });
}
