import type { CreateMemberBody, MemberView } from "@zero/schemas";
import { apiRequest } from "../data/client.ts";

/** GET /api/organisations/{id}/members (admins, coordinators). The server audits every read. */
export function fetchMembers(organisationId: string): Promise<MemberView[]> {
  return apiRequest<MemberView[]>("GET", `/api/organisations/${encodeURIComponent(organisationId)}/members`);
}

/** POST /api/organisations/{id}/members (admins); `purpose` goes to the audit log. */
export function addMember(organisationId: string, body: CreateMemberBody): Promise<MemberView> {
  return apiRequest<MemberView>("POST", `/api/organisations/${encodeURIComponent(organisationId)}/members`, body);
}
