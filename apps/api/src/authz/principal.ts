import type { Role } from "@zero/db";

export interface PrincipalMembership {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  role: Role;
}

/** Who is making the request, as established from the session on the server. */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  memberships: PrincipalMembership[];
  csrfToken: string;
  sessionTokenHash: string;
}
