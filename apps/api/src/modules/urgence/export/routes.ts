import { ErrorBody, URGENCE_ROUTES } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { routeOf, type RouteTypes } from "../route-schemas.ts";
import type { UrgenceRouteOptions } from "../service.ts";
import { renderExportPdf } from "./render-pdf.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const R = URGENCE_ROUTES.export;

/** A person's data export, RGPD article 15 (docs/api/export.md). */
export async function exportRoutes(app: FastifyInstance, { services: urgence, retention }: UrgenceRouteOptions): Promise<void> {
  app.route<RouteTypes<typeof R.person>>({
    ...routeOf(
      R.person,
      "Exporter les données d'une personne (droit d'accès, RGPD art. 15), en JSON ou en PDF : " +
        "organisation qui l'a inscrite ou coordination du SIAO ; chaque export est journalisé",
      errors,
    ),
    handler: async (request, reply) => {
      const principal = request.requirePrincipal();
      const data = await urgence.export.export(principal, request.params.id, request.query.purpose, {
        ...urgence.retentionPeriods,
        auditDays: retention.periods.auditDays,
      });
      // The file is named by the record's id, never by the person's name.
      const pdf = request.query.format === "pdf";
      reply
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", `attachment; filename="zero-export-${data.record.id}.${pdf ? "pdf" : "json"}"`);
      if (pdf) return reply.type("application/pdf").send(renderExportPdf(data));
      return reply.type("application/json; charset=utf-8").send(data);
    },
  });
}
