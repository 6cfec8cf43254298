import type { AuditPage, AuditQuery, CreateMemberBody, MemberView } from "@zero/schemas";
import { apiRequest } from "../../data/client.ts";

// The administration page: the members of an organisation, and its audit log.

/** GET /api/organisations/{id}/members (admins, coordinators). The server audits every read. */
export function fetchMembers(organisationId: string): Promise<MemberView[]> {
  return apiRequest<MemberView[]>("GET", `/api/organisations/${encodeURIComponent(organisationId)}/members`);
}

/** POST /api/organisations/{id}/members (admins); `purpose` goes to the audit log. */
export function addMember(organisationId: string, body: CreateMemberBody): Promise<MemberView> {
  return apiRequest<MemberView>("POST", `/api/organisations/${encodeURIComponent(organisationId)}/members`, body);
}

// The audit log of an organisation (admins).

/** The filters the administration page offers (dates already turned into ISO instants). */
export type AuditFilters = Pick<AuditQuery, "from" | "to" | "resourceType">;

function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  return search.toString();
}

/** GET /api/audit (admins): the newest entries first; `before` is the previous page's nextCursor. */
export function fetchAuditPage(
  organisationId: string,
  filters: AuditFilters,
  page: { limit: number; before?: string | undefined },
): Promise<AuditPage> {
  return apiRequest<AuditPage>("GET", `/api/audit?${queryString({ organisationId, ...filters, ...page })}`);
}

/** The address of the CSV export of the same entries (the browser downloads it). */
export function auditExportUrl(organisationId: string, filters: AuditFilters): string {
  return `/api/audit/export.csv?${queryString({ organisationId, ...filters })}`;
}
