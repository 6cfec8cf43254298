import { nowIso } from "@zero/db";
import type { Dashboard, DashboardQuery, DashboardRow } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { addDays, today } from "../shared.ts";
import { computeDashboard } from "./compute.ts";
import type { DashboardRepository } from "./repository.ts";
import { SMALL_COUNT, suppressSmallCounts } from "./small-counts.ts";

const TEAM_ROLES = ["maraude", "operator_115"] as const;

interface Deps {
  repo: DashboardRepository;
  access: UrgenceAccess;
  audit: AuditService;
}

/** Aggregates only, for every urgence role and the viewer: no name or id leaves; no small count to a viewer. */
export function dashboardService({ repo, access, audit }: Deps) {
  return {
    async get(principal: Principal, q: DashboardQuery): Promise<Dashboard> {
      const memberships = await access.network(principal, "urgence:dashboard:read", q.networkId);
      // Who reads aggregates only (the viewer role) gets no count from 1 to 4 (small-counts.ts).
      const aggregatesOnly = memberships.every((m) => m.role === "viewer");
      const day = q.today ?? today();
      const people = await repo.people(q.networkId);
      const events = await repo.statusEvents(q.networkId);
      const unmet = await repo.unmetNights(q.networkId);
      const arrivedRequests = await repo.arrivedRequests(q.networkId);
      const firstArrival = new Map<string, string>();
      for (const r of arrivedRequests) {
        const first = firstArrival.get(r.person_id);
        if (first === undefined || r.arrived_at! < first) firstArrival.set(r.person_id, r.arrived_at!);
      }
      const teamOrgs = await repo.organisationsWithRoles(q.networkId, TEAM_ROLES);
      const reporting = await repo.organisationsReportingSince(`${addDays(day, -30)}T00:00:00.000Z`);
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
          teams: teamOrgs.map((organisationId) => ({ organisationId, reportedRecently: reporting.has(organisationId) })),
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
