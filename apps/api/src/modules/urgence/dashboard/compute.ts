import type { Dashboard, DashboardRow } from "@zero/schemas";
import { COHORTS } from "@zero/schemas";

// The functional-zero dashboard, computed from plain rows (no database here): status
// history replayed month by month, per cohort. Aggregates only: no name, no id leaves.

export type Cohort = (typeof COHORTS)[number];

export interface DashPerson {
  id: string;
  gender: string | null;
  birthYear: number | null;
  adults: number;
  children: number;
  firstContactAt: string;
  hasConsent: boolean;
}
export interface DashStatusEvent {
  personId: string;
  at: string;
  from: string | null;
  to: string;
  reason: string;
}
export interface DashInput {
  today: string;
  months: number;
  people: DashPerson[];
  events: DashStatusEvent[];
  unmet: { personId: string; night: string }[];
  /** First arrival in a shelter per person. */
  arrivals: { personId: string; at: string }[];
  /** Every request that reached "arrived" (a person may arrive several times). */
  arrivedRequests: { personId: string; at: string }[];
  teams: { organisationId: string; reportedRecently: boolean }[];
}

export function inCohort(p: DashPerson, cohort: Cohort, year: number): boolean {
  const single = p.adults === 1 && p.children === 0;
  switch (cohort) {
    case "all":
      return true;
    case "families":
      return p.children > 0;
    case "single_adults":
      return single;
    case "young":
      return p.birthYear !== null && year - p.birthYear >= 18 && year - p.birthYear <= 24;
    case "women":
      return single && p.gender === "female";
  }
}

export function monthsBack(today: string, n: number): string[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}
const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

/** The counts of a row: small-counts.ts may hide some of them from aggregate readers. */
export const DASHBOARD_COUNTS = [
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
  "arrivals",
] as const satisfies readonly (keyof DashboardRow)[];

/** A row as computed: every count known. */
type CountedRow = Omit<DashboardRow, (typeof DASHBOARD_COUNTS)[number]> & Record<(typeof DASHBOARD_COUNTS)[number], number>;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * `minCount`: a median or a rate computed on fewer people than this is not given (null), so
 * that a reader of aggregates cannot read one person's delay in it (small-counts.ts).
 */
export function computeDashboard(input: DashInput, networkId: string, generatedAt: string, minCount = 0): Dashboard {
  const months = monthsBack(input.today, input.months);
  const eventsBy = new Map<string, DashStatusEvent[]>();
  for (const e of [...input.events].sort((a, b) => (a.at < b.at ? -1 : 1))) {
    (eventsBy.get(e.personId) ?? eventsBy.set(e.personId, []).get(e.personId)!).push(e);
  }
  const people = new Map(input.people.map((p) => [p.id, p]));
  const arrivals = new Map(input.arrivals.map((a) => [a.personId, a.at]));
  const rows: CountedRow[] = [];
  for (const month of months) {
    const end = `${nextMonth(month)}-01T00:00:00.000Z`;
    const year = Number(month.slice(0, 4));
    for (const cohort of COHORTS) {
      const members = input.people.filter((p) => inCohort(p, cohort, year));
      const row: CountedRow = {
        month,
        cohort,
        activelyHomeless: 0,
        inflowNewlyIdentified: 0,
        inflowReturnedFromHousing: 0,
        inflowReturnedFromInactive: 0,
        inflowOther: 0,
        outflowHoused: 0,
        outflowMovedToInactive: 0,
        outflowOther: 0,
        inflow: 0,
        outflow: 0,
        netFlow: 0,
        unmetRequestsPerNight: null,
        medianDaysToShelter: null,
        arrivals: 0,
      };
      const delays: number[] = [];
      for (const p of members) {
        let status: string | null = null;
        for (const e of eventsBy.get(p.id) ?? []) {
          if (e.at >= end) break;
          status = e.to;
          if (!e.at.startsWith(month)) continue;
          if (e.to === "active") {
            if (e.reason === "identified") row.inflowNewlyIdentified++;
            else if (e.reason === "returned_from_housing") row.inflowReturnedFromHousing++;
            else if (e.reason === "returned_from_inactive") row.inflowReturnedFromInactive++;
            else row.inflowOther++;
          } else if (e.from === "active") {
            if (e.to === "housed") row.outflowHoused++;
            else if (e.to === "inactive") row.outflowMovedToInactive++;
            else row.outflowOther++;
          }
        }
        if (status === "active") row.activelyHomeless++;
        const arrived = arrivals.get(p.id);
        if (arrived?.startsWith(month)) delays.push(Math.max(0, (Date.parse(arrived) - Date.parse(p.firstContactAt)) / 86_400_000));
      }
      for (const a of input.arrivedRequests) {
        const p = people.get(a.personId);
        if (a.at.startsWith(month) && p && inCohort(p, cohort, year)) row.arrivals++;
      }
      const nights = new Map<string, number>();
      for (const u of input.unmet) {
        const p = people.get(u.personId);
        if (!u.night.startsWith(month) || !p || !inCohort(p, cohort, year)) continue;
        nights.set(u.night, (nights.get(u.night) ?? 0) + 1);
      }
      const nightsWithData = new Set(input.unmet.filter((u) => u.night.startsWith(month)).map((u) => u.night));
      if (nightsWithData.size > 0) {
        const total = [...nights.values()].reduce((s, n) => s + n, 0);
        row.unmetRequestsPerNight = total > 0 && total < minCount ? null : Math.round((total / nightsWithData.size) * 10) / 10;
      }
      const m = delays.length < minCount ? null : median(delays);
      row.medianDaysToShelter = m === null ? null : Math.round(m * 10) / 10;
      row.inflow = row.inflowNewlyIdentified + row.inflowReturnedFromHousing + row.inflowReturnedFromInactive + row.inflowOther;
      row.outflow = row.outflowHoused + row.outflowMovedToInactive + row.outflowOther;
      row.netFlow = row.inflow - row.outflow;
      rows.push(row);
    }
  }
  return { networkId, generatedAt, rows, projections: projections(rows, months), suppressedBelow: null, dataQuality: quality(input) };
}

function projections(rows: CountedRow[], months: string[]): Dashboard["projections"] {
  const last = months.at(-1)!;
  const window = months.slice(-4, -1).length ? months.slice(-4, -1) : months.slice(-1);
  return COHORTS.map((cohort) => {
    const current = rows.find((r) => r.month === last && r.cohort === cohort)?.activelyHomeless ?? 0;
    const flows = rows.filter((r) => r.cohort === cohort && window.includes(r.month)).map((r) => r.netFlow);
    const net = flows.length ? Math.round((flows.reduce((s, n) => s + n, 0) / flows.length) * 10) / 10 : 0;
    if (current === 0) {
      return {
        cohort,
        activelyHomeless: 0,
        netFlowPerMonth: net,
        monthsToZero: 0,
        projectedMonth: last,
        explanation: "Zéro atteint : personne n'est active sur la liste pour cette cohorte.",
      };
    }
    if (net >= 0) {
      return {
        cohort,
        activelyHomeless: current,
        netFlowPerMonth: net,
        monthsToZero: null,
        projectedMonth: null,
        explanation:
          `Au flux net actuel (${net >= 0 ? "+" : ""}${net} par mois sur les ${window.length} ` +
          "derniers mois complets), la liste ne diminue pas : pas de date de zéro fonctionnel.",
      };
    }
    const monthsToZero = Math.ceil(current / -net);
    let projected = last;
    for (let i = 0; i < monthsToZero; i++) projected = nextMonth(projected);
    return {
      cohort,
      activelyHomeless: current,
      netFlowPerMonth: net,
      monthsToZero,
      projectedMonth: projected,
      explanation: `${current} personnes actives ; au flux net actuel (${net} par mois), zéro en ${projected} (${monthsToZero} mois).`,
    };
  });
}

function quality(input: DashInput): Dashboard["dataQuality"] {
  const complete = input.people.filter((p) => p.birthYear !== null && p.gender !== null && p.hasConsent).length;
  const keyFieldsShare = input.people.length ? complete / input.people.length : 0;
  const teams = input.teams.length;
  const reporting = input.teams.filter((t) => t.reportedRecently).length;
  const teamsReportingShare = teams ? reporting / teams : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    score: Math.round(((keyFieldsShare + teamsReportingShare) / 2) * 100),
    keyFieldsShare: round(keyFieldsShare),
    teamsReportingShare: round(teamsReportingShare),
    teamsReporting: reporting,
    teams,
  };
}
