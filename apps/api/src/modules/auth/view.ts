import type { SessionView } from "@zero/schemas";
import type { Principal } from "../../authz/principal.ts";

export function sessionView(principal: Principal): SessionView {
  return {
    user: { id: principal.userId, email: principal.email, displayName: principal.displayName },
    memberships: principal.memberships,
    csrfToken: principal.csrfToken,
  };
}
