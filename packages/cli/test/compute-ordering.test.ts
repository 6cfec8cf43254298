// How `zero compute` schedules chunks, with the computation mocked (amounts are tested in
// compute.test.ts): lanes, the output order, and memory bounded when a chunk lags.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFrenchSystem } from "@zero/legislation-fr";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { HouseholdChunk } from "../src/compute/household-chunk.ts";

const state = { computed: 0, chunks: [] as string[][], poolChunks: 0, computedWhenPoolAnswered: -1, poolDelay: 0 };

// Each chunk's result: 1 for its first variable, so that the output shows every household.
vi.mock("../src/compute/compute-chunk.ts", () => ({
  computeChunk: (_system: unknown, chunk: HouseholdChunk, _period: unknown, variables: string[]) => {
    state.computed += chunk.households;
    state.chunks.push([...chunk.ids]);
    return variables.map(() => new Float64Array(chunk.households).fill(1));
  },
}));
// One worker that takes only the first chunk and answers it after `poolDelay` ms.
vi.mock("../src/compute/worker-pool.ts", () => ({
  ChunkWorkerPool: class {
    hasRoom() {
      return state.poolChunks === 0;
    }
    compute(chunk: HouseholdChunk) {
      state.poolChunks++;
      const n = chunk.households;
      return new Promise((resolve) =>
        setTimeout(() => {
          state.computedWhenPoolAnswered = state.computed;
          resolve([new Float64Array(n).fill(1)]);
        }, state.poolDelay),
      );
    }
    async close() {}
  },
}));

const HEADER =
  "household_id,role,date_naissance,salaire_de_base,salaire_net,salaire_imposable,chomage_net,chomage_imposable," +
  "retraite_brute,retraite_nette,retraite_imposable,pensions_alimentaires_percues,handicap,taux_incapacite," +
  "statut_occupation_logement,loyer,depcom";
const young = (id: string) => `${id},adult,1990-01-01,0,0,0,0,0,0,0,0,0,0,0,locataire_vide,500,13201`;
const disabled = (id: string) => `${id},adult,1990-01-01,0,0,0,0,0,0,0,0,0,1,0.8,locataire_vide,500,13201`;

describe("zero compute scheduling", () => {
  const dir = mkdtempSync(join(tmpdir(), "zero-schedule-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    Object.assign(state, { computed: 0, chunks: [], poolChunks: 0, computedWhenPoolAnswered: -1, poolDelay: 0 });
  });
  const system = buildFrenchSystem();

  async function run(rows: string[], options: { chunkSize: number; workers: number }) {
    const { runCompute } = await import("../src/compute/compute-command.ts");
    const input = join(dir, `in-${Math.random()}.csv`);
    const output = `${input}.out`;
    writeFileSync(input, [HEADER, ...rows].join("\n") + "\n");
    const summary = await runCompute(system, { input, output, period: "2024-01", variables: ["rsa"], systemModule: "mock", ...options });
    return {
      summary,
      ids: readFileSync(output, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[0]),
    };
  }

  it("sends a lane that fills slowly unfilled once 16 chunks' worth of households are read after it", async () => {
    const rows = [disabled("D0"), ...Array.from({ length: 400 }, (_, i) => young(`Y${i}`))];
    const { ids } = await run(rows, { chunkSize: 10, workers: 0 });
    expect(ids).toEqual(["D0", ...Array.from({ length: 400 }, (_, i) => `Y${i}`)]);
    // The disabled household's chunk goes alone after 16 chunks of 10 young ones, not at the end of the file.
    const alone = state.chunks.findIndex((c) => c.includes("D0"));
    expect(state.chunks[alone]).toEqual(["D0"]);
    expect(alone).toBe(16);
  });

  it("starts with small chunks, doubling from 32 households up to the chunk size", async () => {
    await run(
      Array.from({ length: 1000 }, (_, i) => young(`Y${i}`)),
      { chunkSize: 100, workers: 0 },
    );
    expect(state.chunks.map((c) => c.length)).toEqual([32, 64, 100, 100, 100, 100, 100, 100, 100, 100, 100, 4]);
  });

  it("keeps like households together: the disabled ones share a chunk", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? disabled(`D${i}`) : young(`Y${i}`)));
    const { ids } = await run(rows, { chunkSize: 10, workers: 0 });
    expect(ids).toEqual(rows.map((r) => r.split(",")[0]));
    expect(state.chunks).toContainEqual(["D0", "D4", "D8", "D12", "D16", "D20", "D24", "D28", "D32", "D36"]);
  });

  it("stops reading ahead of a chunk that lags (memory stays bounded), then writes everything in order", async () => {
    state.poolDelay = 1500;
    const households = 20_000;
    const { summary, ids } = await run(
      Array.from({ length: households }, (_, i) => young(`H${i}`)),
      { chunkSize: 10, workers: 1 },
    );
    expect(summary.households).toBe(households);
    expect(ids).toEqual(Array.from({ length: households }, (_, i) => `H${i}`));
    // The worker's chunk is the first: while it computes, at most 32 chunks' worth of lines
    // (plus the worker's queue of 8) wait behind it.
    expect(state.computedWhenPoolAnswered).toBeGreaterThan(0);
    expect(state.computedWhenPoolAnswered).toBeLessThanOrEqual((32 + 8 + 1) * 10);
  }, 30_000);
});
