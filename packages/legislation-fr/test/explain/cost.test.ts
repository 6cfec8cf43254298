// The cost of an explanation for a family (a couple, two children): explain and
// nearestChange, each measured warm, median of several runs, in wall-clock and CPU time
// (the CPU time holds better on a shared machine). Figures printed; bound loose on purpose.
import { explain, nearestChange, type TaxBenefitSystem } from "@zero/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { frenchExplanation } from "../../src/explain/index.ts";
import { buildFrenchSystem } from "../../src/index.ts";
import { couple, PERIOD, salaryOf } from "./situations.ts";

let system: TaxBenefitSystem;
beforeAll(() => {
  system = buildFrenchSystem();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(run: () => unknown, runs = 7): { wall: number; cpu: number } {
  run();
  run(); // warm
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    run();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

describe("cost of an explanation for a family", () => {
  it("explain and nearestChange stay about 100 ms each", () => {
    const family = couple(2, [1800, 0]);
    const rows: Record<string, { wall: number; cpu: number; detail: string }> = {};
    for (const variable of ["rsa", "ppa", "af"]) {
      let detail = "";
      const m = measure(() => {
        const e = explain(system, family, { variable, period: PERIOD });
        detail = `${e.bounds.nodes} nodes, ${e.bounds.truncated} left out`;
        return frenchExplanation(e);
      });
      rows[`explain ${variable} + French`] = { ...m, detail };
    }
    const inputs = [salaryOf("alice"), salaryOf("bruno")];
    for (const variable of ["rsa", "ppa"]) {
      let detail = "";
      const m = measure(() => {
        const change = nearestChange(system, family, { variable, period: PERIOD, inputs });
        detail = change ? `${change.input.id} ${change.from} → ${change.to}: ${change.newAmount.toFixed(2)} €` : "none";
      });
      rows[`nearestChange ${variable} (2 inputs, 101 + 41 points)`] = { ...m, detail };
    }
    console.table(
      Object.fromEntries(
        Object.entries(rows).map(([k, r]) => [k, { "wall ms": +r.wall.toFixed(1), "cpu ms": +r.cpu.toFixed(1), detail: r.detail }]),
      ),
    );
    // About 100 ms on an idle core; the bound leaves room for a loaded machine.
    for (const r of Object.values(rows)) expect(r.cpu).toBeLessThan(400);
  }, 120_000);
});
