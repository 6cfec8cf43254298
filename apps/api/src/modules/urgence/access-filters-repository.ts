import type { Database } from "@zero/db";
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { Grants } from "./access.ts";

/** The same rules as `person()` (access.ts), as one SQL condition on `urgence_people as p`, for lists. */
export function visiblePeople(eb: ExpressionBuilder<Database & { p: Database["urgence_people"] }, "p">, g: Grants): Expression<SqlBool> {
  const ors: Expression<SqlBool>[] = [];
  if (g.ownerOrgs.length) ors.push(eb("p.organisation_id", "in", g.ownerOrgs));
  if (g.siaoNetworks.length) {
    ors.push(
      eb(
        "p.organisation_id",
        "in",
        eb.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "in", g.siaoNetworks),
      ),
    );
  }
  if (g.consentOrgs.length || g.consentNetworks.length) {
    ors.push(
      eb.exists(
        eb
          .selectFrom("urgence_consents as c")
          .innerJoin("urgence_consent_audiences as a", "a.consent_id", "c.id")
          .select("c.id")
          .whereRef("c.person_id", "=", "p.id")
          .where("c.withdrawn_at", "is", null)
          .where((e) => {
            const audience: Expression<SqlBool>[] = [];
            if (g.consentOrgs.length) {
              audience.push(e.and([e("a.audience_type", "=", "organisation"), e("a.audience_id", "in", g.consentOrgs)]));
            }
            if (g.consentNetworks.length) {
              audience.push(e.and([e("a.audience_type", "=", "network"), e("a.audience_id", "in", g.consentNetworks)]));
            }
            return e.or(audience);
          }),
      ),
    );
  }
  if (g.structureOrgs.length) {
    ors.push(
      eb.exists(
        eb
          .selectFrom("urgence_requests as r")
          .innerJoin("urgence_structures as s", "s.id", "r.proposed_structure_id")
          .select("r.id")
          .whereRef("r.person_id", "=", "p.id")
          .where("r.status", "in", ["proposed", "accepted", "arrived"])
          .where("s.organisation_id", "in", g.structureOrgs),
      ),
    );
  }
  return ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`;
}
