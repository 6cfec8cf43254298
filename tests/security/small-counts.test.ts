import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_COUNTS } from "../../apps/api/src/modules/urgence/dashboard/compute.ts";
import { urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";

// Point 10 of issue 11: the viewer (an observatory, a funder) read counts of 1, 2, 3 people in
// a month and a cohort: people one can recognise. Counts from 1 to 4 are now masked for
// aggregate readers, and the figures that would give them back (net flow, a median or a rate
// on fewer than 5 people) with them.

// Every count of a row but the net flow, which is checked against the totals.
const COUNTS = DASHBOARD_COUNTS.filter((c) => c !== "netFlow");
const GROUPS = [
  { total: "inflow", parts: ["inflowNewlyIdentified", "inflowReturnedFromHousing", "inflowReturnedFromInactive", "inflowOther"] },
  { total: "outflow", parts: ["outflowHoused", "outflowMovedToInactive", "outflowOther"] },
] as const;
type Row = Record<(typeof COUNTS)[number] | "netFlow", number | null> & { month: string; cohort: string };
type Dash = { rows: Row[]; projections: { cohort: string; activelyHomeless: number | null }[]; suppressedBelow: number | null };

const small = (n: number | null) => n !== null && n > 0 && n < 5;

describe("small counts in the viewer's aggregates", () => {
  let w: UrgenceWorld;
  let full: Dash;
  let masked: Dash;
  beforeAll(async () => {
    w = await urgenceWorld();
    const url = `/api/urgence/dashboard?networkId=${w.network}&months=12`;
    full = (await w.api.get(url, w.s.coordinator)).json();
    masked = (await w.api.get(url, w.s.viewer)).json();
  });
  afterAll(() => w.t.close());

  it("gives the coordination every count, and the viewer none from 1 to 4", () => {
    expect(full.suppressedBelow).toBeNull();
    expect(masked.suppressedBelow).toBe(5);
    const cells = full.rows.flatMap((r) => COUNTS.map((c) => ({ r, c })));
    const smallCells = cells.filter(({ r, c }) => small(r[c]));
    // The demo has small counts: the test is not vacuous.
    expect(smallCells.length).toBeGreaterThan(10);
    for (const row of masked.rows) for (const c of COUNTS) expect(small(row[c]), `${row.month} ${row.cohort} ${c}`).toBe(false);
    for (const { r, c } of smallCells) expect(masked.rows.find((m) => m.month === r.month && m.cohort === r.cohort)![c]).toBeNull();
    for (const row of masked.rows) {
      for (const { total, parts } of GROUPS) {
        // No masked part can be had back from a shown total and the other parts.
        if (row[total] !== null) expect(parts.filter((p) => row[p] === null).length, `${row.month} ${row.cohort} ${total}`).not.toBe(1);
      }
      if (row.netFlow !== null) expect(row.netFlow).toBe(row.inflow! - row.outflow!);
    }
    // A shown figure is the true one; what is masked beyond the small counts is the least needed.
    const shown = cells.filter(({ r, c }) => masked.rows.find((m) => m.month === r.month && m.cohort === r.cohort)![c] !== null);
    for (const { r, c } of shown) expect(masked.rows.find((m) => m.month === r.month && m.cohort === r.cohort)![c]).toBe(r[c]);
    const totals = masked.rows.filter((m) => m.inflow !== null && m.outflow !== null).length;
    expect(totals).toBeGreaterThan(masked.rows.length / 4);
    for (const p of masked.projections) expect(small(p.activelyHomeless)).toBe(false);
  });

  it("masks the CSV export the same way", async () => {
    const csv = (await w.api.get(`/api/urgence/dashboard.csv?networkId=${w.network}&months=12`, w.s.viewer)).body;
    const [header, ...lines] = csv.trim().split("\r\n");
    const columns = header!.split(",");
    expect(lines.length).toBe(masked.rows.length);
    for (const line of lines) {
      const values = line.split(",");
      for (const c of COUNTS) expect(small(values[columns.indexOf(c)] === "" ? null : Number(values[columns.indexOf(c)]))).toBe(false);
    }
  });
});
