import type { Dashboard, DashboardRow } from "@zero/schemas";

// Small counts (1 to 4) are not shown to those who read aggregates only (the viewer role: an
// observatory, a funder): in a month and a cohort, « 2 personnes » can be two people one
// knows. The rule of the statistical secrecy, applied by the server, never by the screen.

/** Counts below this, zero excepted, are suppressed for aggregate readers. */
export const SMALL_COUNT = 5;

const INFLOWS = ["inflowNewlyIdentified", "inflowReturnedFromHousing", "inflowReturnedFromInactive", "inflowOther"] as const;
const OUTFLOWS = ["outflowHoused", "outflowMovedToInactive", "outflowOther"] as const;
type Part = (typeof INFLOWS)[number] | (typeof OUTFLOWS)[number];

const isSmall = (n: number | null) => n !== null && n > 0 && n < SMALL_COUNT;

/**
 * A total and its parts: small ones are masked; when a single part is masked under a total
 * that is shown, the total minus the others would give it back, so the smallest other
 * non-zero part is masked with it (complementary suppression).
 */
function suppressGroup(row: DashboardRow, parts: readonly Part[], total: "inflow" | "outflow"): void {
  for (const p of parts) if (isSmall(row[p])) row[p] = null;
  if (isSmall(row[total])) row[total] = null;
  if (row[total] === null) return;
  const masked = parts.filter((p) => row[p] === null);
  if (masked.length !== 1) return;
  const others = parts.filter((p) => row[p] !== null && row[p] !== 0).sort((a, b) => row[a]! - row[b]!);
  if (others[0]) row[others[0]] = null;
}

function suppressRow(row: DashboardRow): DashboardRow {
  const out = { ...row };
  for (const c of ["activelyHomeless", "arrivals"] as const) if (isSmall(out[c])) out[c] = null;
  suppressGroup(out, INFLOWS, "inflow");
  suppressGroup(out, OUTFLOWS, "outflow");
  // The net flow is the difference of the totals: shown when both are.
  if (out.inflow === null || out.outflow === null) out.netFlow = null;
  return out;
}

function suppressProjection(p: Dashboard["projections"][number]): Dashboard["projections"][number] {
  if (!isSmall(p.activelyHomeless)) return p;
  return {
    ...p,
    activelyHomeless: null,
    monthsToZero: null,
    projectedMonth: null,
    explanation: `Moins de ${SMALL_COUNT} personnes actives : chiffres masqués (secret statistique).`,
  };
}

/** The dashboard as an aggregate reader may see it: every count from 1 to 4 is null. */
export function suppressSmallCounts(d: Dashboard): Dashboard {
  return { ...d, rows: d.rows.map(suppressRow), projections: d.projections.map(suppressProjection), suppressedBelow: SMALL_COUNT };
}
