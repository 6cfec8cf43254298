import type { FastifyRequest } from "fastify";
import type { AppError } from "../errors/app-error.ts";
import type { AuditService } from "../modules/audit/service.ts";

// Every refusal goes to the audit log (issue 11), in one place rather than in each service:
// a 403, a 401, and a 404 answered to a signed-in person on a route that exists (Urgence
// answers 404 for a record of another network, so as not to say it exists). The entry names
// the route's pattern, never its filled-in URL, and carries the error's code: no free text,
// nothing personal. Services that audit a refusal in their own words (an export, a failed
// login) keep doing so; this entry is the request's.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Codes whose event the service that refused already wrote (login_failed, login_locked). */
const AUDITED_BY_SERVICE = new Set(["INVALID_CREDENTIALS", "LOGIN_LOCKED"]);

/** Asking who one is, when one is no one, is not a refusal: the web app does it on every page. */
const SESSION_PROBES = new Set(["GET /api/me"]);

function uuidIn(source: unknown, ...keys: string[]): string | null {
  if (!source || typeof source !== "object") return null;
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (typeof value === "string" && UUID.test(value)) return value;
  }
  return null;
}

/** Whether this answer is a refusal the audit log must hold. */
export function isAuditedRefusal(request: FastifyRequest, error: AppError): boolean {
  const route = request.routeOptions.url;
  if (!route?.startsWith("/api/") || AUDITED_BY_SERVICE.has(error.code)) return false;
  if (error.statusCode === 403) return true;
  if (error.statusCode === 401) return !SESSION_PROBES.has(`${request.method} ${route}`);
  return error.statusCode === 404 && request.principal !== null && error.code !== "ROUTE_NOT_FOUND";
}

/**
 * Anonymous refusals cost a write each and anyone can send them: past `perMinute` in a minute,
 * they are counted, not written one by one, and the count is written as one entry when the
 * next minute's first refusal comes. A flood of 401s cannot fill the audit log nor hold the
 * database that the by-name list writes to. Signed-in refusals are always written one by one.
 */
export function anonymousRefusalBudget(perMinute: number, now: () => number = Date.now) {
  let minute = -1;
  let used = 0;
  let skipped = 0;
  return {
    /** Whether this refusal is written; and the count of the previous minute's unwritten ones. */
    take(): { write: boolean; skippedBefore: number } {
      const current = Math.floor(now() / 60_000);
      let skippedBefore = 0;
      if (current !== minute) {
        skippedBefore = skipped;
        minute = current;
        used = 0;
        skipped = 0;
      }
      if (used < perMinute) {
        used += 1;
        return { write: true, skippedBefore };
      }
      skipped += 1;
      return { write: false, skippedBefore };
    },
  };
}

export type AnonymousRefusalBudget = ReturnType<typeof anonymousRefusalBudget>;

/** Writes the refusal's entry: the route, the record it named, the organisation it asked about. */
export async function auditRefusal(
  audit: AuditService,
  request: FastifyRequest,
  error: AppError,
  budget: AnonymousRefusalBudget,
): Promise<void> {
  if (request.principal === null) {
    const { write, skippedBefore } = budget.take();
    if (skippedBefore > 0) {
      await audit.record({
        actor: null,
        action: "refused",
        resourceType: "anonymous",
        resourceId: null,
        organisationId: null,
        purpose: `${skippedBefore} refus anonymes de la minute précédente, comptés sans détail (plafond par minute)`,
        outcome: "denied",
      });
    }
    if (!write) return;
  }
  const params = request.params;
  await audit.record({
    actor: request.principal,
    action: "refused",
    resourceType: `${request.method} ${request.routeOptions.url}`,
    resourceId: uuidIn(params, "id", "personId", "requestId", "structureId", "userId"),
    organisationId:
      uuidIn(request.query, "organisationId", "networkId") ??
      uuidIn(request.body, "organisationId", "networkId") ??
      uuidIn(params, "organisationId", "networkId"),
    purpose: error.code,
    outcome: "denied",
  });
}
