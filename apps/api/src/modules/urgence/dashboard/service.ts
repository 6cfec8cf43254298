import { nowIso, type Database } from "@zero/db";
import type { Dashboard, DashboardQuery, DashboardRow } from "@zero/schemas";
import type { Kysely } from "kysely";
import type { Principal } from "../../../authz/principal.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { addDays, today } from "../shared.ts";
import { computeDashboard } from "./compute.ts";
import { SMALL_COUNT, suppressSmallCounts } from "./small-counts.ts";

const TEAM_ROLES = ["maraude", "operator_115"] as const;

/** Aggregates only, for every urgence role and the viewer: no name or id leaves; no small count to a viewer. */
export function dashboardService(db: Kysely<Database>, access: UrgenceAccess, audit: AuditService) {
  const inNetwork = (networkId: string) =>
    db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", networkId);

  return {
    async get(principal: Principal, q: DashboardQuery): Promise<Dashboard> {
      const memberships = await access.network(principal, "urgence:dashboard:read", q.networkId);
      // Who reads aggregates only (the viewer role) gets no count from 1 to 4 (small-counts.ts).
      const aggregatesOnly = memberships.every((m) => m.role === "viewer");
      const day = q.today ?? today();
      const people = await db
        .selectFrom("urgence_people as p")
        .select(["p.id", "p.gender", "p.birth_year", "p.household_adults", "p.household_children", "p.first_contact_at"])
        .select((eb) =>
          eb
            .selectFrom("urgence_consents as c")
            .select((e) => e.fn.countAll<number>().as("n"))
            .whereRef("c.person_id", "=", "p.id")
            .where("c.withdrawn_at", "is", null)
            .as("consents"),
        )
        .where("p.organisation_id", "in", inNetwork(q.networkId))
        .where("p.merged_into_id", "is", null)
        .execute();
      const ids = db
        .selectFrom("urgence_people")
        .select("id")
        .where("organisation_id", "in", inNetwork(q.networkId))
        .where("merged_into_id", "is", null);
      const events = await db
        .selectFrom("urgence_status_events")
        .select(["person_id", "at", "from_status", "to_status", "reason"])
        .where("person_id", "in", ids)
        .execute();
      const unmet = await db.selectFrom("urgence_unmet_nights").select(["person_id", "night"]).where("person_id", "in", ids).execute();
      const arrivedRequests = await db
        .selectFrom("urgence_requests")
        .select(["person_id", "arrived_at"])
        .where("person_id", "in", ids)
        .where("arrived_at", "is not", null)
        .execute();
      const firstArrival = new Map<string, string>();
      for (const r of arrivedRequests) {
        const first = firstArrival.get(r.person_id);
        if (first === undefined || r.arrived_at! < first) firstArrival.set(r.person_id, r.arrived_at!);
      }
      const teamOrgs = await db
        .selectFrom("memberships")
        .select("organisation_id")
        .distinct()
        .where("role", "in", [...TEAM_ROLES])
        .where("organisation_id", "in", inNetwork(q.networkId))
        .execute();
      const since = `${addDays(day, -30)}T00:00:00.000Z`;
      const reporting = new Set(
        (await db.selectFrom("urgence_encounters").select("organisation_id").distinct().where("occurred_at", ">=", since).execute()).map(
          (r) => r.organisation_id,
        ),
      );
      await audit.record({
        actor: principal,
        action: "read",
        resourceType: "urgence_dashboard",
        resourceId: null,
        organisationId: q.networkId,
        purpose: "tableau de bord (agrégats)",
        outcome: "success",
      });
      const dashboard = computeDashboard(
        {
          today: day,
          months: q.months ?? 12,
          people: people.map((p) => ({
            id: p.id,
            gender: p.gender,
            birthYear: p.birth_year === null ? null : Number(p.birth_year),
            adults: Number(p.household_adults),
            children: Number(p.household_children),
            firstContactAt: p.first_contact_at,
            hasConsent: Number(p.consents ?? 0) > 0,
          })),
          events: events.map((e) => ({ personId: e.person_id, at: e.at, from: e.from_status, to: e.to_status, reason: e.reason })),
          unmet: unmet.map((u) => ({ personId: u.person_id, night: u.night })),
          arrivals: [...firstArrival].map(([personId, at]) => ({ personId, at })),
          arrivedRequests: arrivedRequests.map((r) => ({ personId: r.person_id, at: r.arrived_at! })),
          teams: teamOrgs.map((t) => ({ organisationId: t.organisation_id, reportedRecently: reporting.has(t.organisation_id) })),
        },
        q.networkId,
        nowIso(),
        aggregatesOnly ? SMALL_COUNT : 0,
      );
      return aggregatesOnly ? suppressSmallCounts(dashboard) : dashboard;
    },
  };
}

export type DashboardService = ReturnType<typeof dashboardService>;

const CSV_COLUMNS: (keyof DashboardRow)[] = [
  "month",
  "cohort",
  "activelyHomeless",
  "inflowNewlyIdentified",
  "inflowReturnedFromHousing",
  "inflowReturnedFromInactive",
  "inflowOther",
  "outflowHoused",
  "outflowMovedToInactive",
  "outflowOther",
  "inflow",
  "outflow",
  "netFlow",
  "unmetRequestsPerNight",
  "medianDaysToShelter",
  "arrivals",
];

/** RFC 4180, one line per month and cohort; numbers only, so no formula can be injected. */
export function dashboardCsv(d: Dashboard): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of d.rows) lines.push(CSV_COLUMNS.map((c) => (r[c] === null ? "" : String(r[c]))).join(","));
  return lines.join("\r\n") + "\r\n";
}
