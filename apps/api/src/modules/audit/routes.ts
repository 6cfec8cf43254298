import { ErrorBody, PLATFORM_ROUTES } from "@zero/schemas";
import type { AuditLogEntry } from "@zero/db";
import type { FastifyInstance } from "fastify";
import { authorize } from "../../authz/policy.ts";
import { routeOptions, type RouteTypes } from "../route-table.ts";
import { auditCsvHeader, auditCsvRows } from "./csv.ts";

function view(e: AuditLogEntry) {
  return {
    id: e.id,
    at: e.at,
    actorUserId: e.actor_user_id,
    actorOrganisationId: e.actor_organisation_id,
    action: e.action,
    resourceType: e.resource_type,
    resourceId: e.resource_id,
    organisationId: e.organisation_id,
    purpose: e.purpose,
    outcome: e.outcome,
  };
}

const EXPORT_PAGE = 1000;
const R = PLATFORM_ROUTES.audit;
const doc = (summary: string) => ({ tags: ["audit"], summary, errors: { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody }, absolute: true });

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.route<RouteTypes<typeof R.list>>({
    ...routeOptions(R.list, doc("Parcourir le journal d'audit d'une organisation (administrateurs)")),
    handler: async (request) => {
      const principal = request.requirePrincipal();
      const q = request.query;
      authorize(principal, "audit:read", q.organisationId);
      // Reading the audit log is itself audited: who looked at whose traces.
      await app.services.audit.record({
        actor: principal,
        action: "read",
        resourceType: "audit_log",
        resourceId: null,
        organisationId: q.organisationId,
        purpose: "consultation du journal d'audit",
        outcome: "success",
      });
      const limit = q.limit ?? 100;
      const entries = await app.services.audit.list({ ...q, limit });
      return {
        entries: entries.map(view),
        nextCursor: entries.length === limit ? (entries.at(-1)?.id ?? null) : null,
      };
    },
  });

  app.route<RouteTypes<typeof R.csv>>({
    ...routeOptions(R.csv, doc("Exporter le journal d'audit d'une organisation en CSV (administrateurs)")),
    handler: async (request, reply) => {
      const principal = request.requirePrincipal();
      const q = request.query;
      authorize(principal, "audit:read", q.organisationId);
      await app.services.audit.record({
        actor: principal,
        action: "export",
        resourceType: "audit_log",
        resourceId: null,
        organisationId: q.organisationId,
        purpose: "export du journal d'audit",
        outcome: "success",
      });
      let body = auditCsvHeader();
      let before = q.before;
      for (;;) {
        const page = await app.services.audit.list({ ...q, before, limit: EXPORT_PAGE });
        body += auditCsvRows(page);
        if (page.length < EXPORT_PAGE) break;
        before = page.at(-1)!.id;
      }
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="journal-audit.csv"')
        .send(body);
    },
  });
}
