import { PLATFORM_ENDPOINTS as P } from "@zero/schemas/platform/endpoints";
import type { AuditPage, AuditQuery, CreateMemberBody } from "@zero/schemas";
import { call, endpointUrl } from "../../data/call.ts";

// The administration page: the members of an organisation, and its audit log.

/** The members of an organisation (admins, coordinators). The server audits every read. */
export const fetchMembers = (organisationId: string) => call(P.organisations.members, { params: { organisationId } });

/** A new member account (admins); `purpose` goes to the audit log. */
export const addMember = (organisationId: string, body: CreateMemberBody) =>
  call(P.organisations.addMember, { params: { organisationId }, body });

// The audit log of an organisation (admins).

/** The filters the administration page offers (dates already turned into ISO instants). */
export type AuditFilters = Pick<AuditQuery, "from" | "to" | "resourceType">;

/** The audit log (admins): the newest entries first; `before` is the previous page's nextCursor. */
export function fetchAuditPage(
  organisationId: string,
  filters: AuditFilters,
  page: { limit: number; before?: string | undefined },
): Promise<AuditPage> {
  return call(P.audit.list, { query: { organisationId, ...filters, ...page } });
}

/** The address of the CSV export of the same entries (the browser downloads it). */
export function auditExportUrl(organisationId: string, filters: AuditFilters): string {
  return endpointUrl(P.audit.csv, { query: { organisationId, ...filters } });
}
