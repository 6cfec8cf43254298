import { ErrorBody, ExportQuery, IdParams, PersonExport } from "@zero/schemas";
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { UrgenceRouteOptions } from "../service.ts";
import { renderExportPdf } from "./render-pdf.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** A person's data export, RGPD article 15 (docs/api/export.md). */
export async function exportRoutes(app: FastifyInstance, { services: urgence, retention }: UrgenceRouteOptions): Promise<void> {
  app.get<{ Params: Static<typeof IdParams>; Querystring: ExportQuery }>(
    "/people/:id/export",
    {
      schema: {
        tags: ["urgence"],
        summary:
          "Exporter les données d'une personne (droit d'accès, RGPD art. 15), en JSON ou en PDF : " +
          "organisation qui l'a inscrite ou coordination du SIAO ; chaque export est journalisé",
        params: IdParams,
        querystring: ExportQuery,
        produces: ["application/json", "application/pdf"],
        response: { 200: PersonExport, ...errors },
      },
    },
    async (request, reply) => {
      const principal = request.requirePrincipal();
      const data = await urgence.export.export(principal, request.params.id, request.query.purpose, retention.periods);
      // The file is named by the record's id, never by the person's name.
      const pdf = request.query.format === "pdf";
      reply
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", `attachment; filename="zero-export-${data.record.id}.${pdf ? "pdf" : "json"}"`);
      if (pdf) return reply.type("application/pdf").send(renderExportPdf(data));
      return reply.type("application/json; charset=utf-8").send(data);
    },
  );
}
