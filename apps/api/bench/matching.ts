// Benchmark of the orientation engine: 10,000 open requests against 2,000 structures.
// Run: npm run bench:matching   (figures are copied into docs/benchmarks.md)
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { match } from "../src/modules/urgence/matching/engine.ts";
import { DEFAULT_PRIORITY, priorityOf } from "../src/modules/urgence/matching/priority.ts";
import type { MatchLine, MatchPublic, MatchRequest } from "../src/modules/urgence/matching/types.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const STRUCTURES = Number(process.env.BENCH_STRUCTURES ?? 2_000);
const RUNS = 7;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const now = "2026-12-01T20:00:00.000Z";

function lines(day: number): MatchLine[] {
  const out: MatchLine[] = [];
  for (let s = 0; s < STRUCTURES; s++) {
    const n = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      const pub = pick<MatchPublic>(["men", "men", "women", "mixed", "couples", "families", "families", "young"]);
      const cap = pub === "families" ? 3 + Math.floor(rand() * 4) : pub === "couples" ? 2 : 1;
      const features = [...(rand() < 0.15 ? ["pets" as const] : []), ...(rand() < 0.2 ? ["reduced_mobility" as const] : [])];
      out.push({
        key: `d${day}-s${s}|${k}`,
        structureId: `s${s}`,
        structureName: `Structure ${s}`,
        postcode: `130${String(1 + (s % 16)).padStart(2, "0")}`,
        lineKey: `${pub}:${cap}:${k}`,
        public: pub,
        unitCapacity: cap,
        remaining: Math.floor(rand() * 3),
        features,
      });
    }
  }
  return out;
}

function requests(): MatchRequest[] {
  return Array.from({ length: REQUESTS }, (_, i) => {
    const family = rand() < 0.25;
    const adults = family ? 1 + Math.floor(rand() * 2) : rand() < 0.1 ? 2 : 1;
    const children = family ? 1 + Math.floor(rand() * 4) : 0;
    const needs = [
      ...(rand() < 0.1 ? ["pets"] : []),
      ...(rand() < 0.08 ? ["reduced_mobility"] : []),
      ...(rand() < 0.05 ? ["pregnancy"] : []),
    ];
    const openedAt = new Date(Date.parse(now) - Math.floor(rand() * 60) * 86_400_000).toISOString();
    const gender = pick(["female", "male", "male", "other"] as const);
    const age = rand() < 0.9 ? 18 + Math.floor(rand() * 60) : null;
    const priority = priorityOf({ adults, children, needs, gender, age, openedAt }, DEFAULT_PRIORITY, now).score;
    return { id: `r${i}`, adults, children, gender, age, needs, priority, openedAt };
  });
}

const tonight = lines(0);
const tomorrow = lines(1);
const reqs = requests();
const times: number[] = [];
let proposed = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const t0 = performance.now();
  const outcomes = match(reqs, tonight, tomorrow);
  const t1 = performance.now();
  if (run > 0) times.push(t1 - t0); // the first run warms the JIT up
  proposed = outcomes.filter((o) => o.line).length;
}
const tPriority0 = performance.now();
for (const r of reqs) priorityOf({ ...r, openedAt: r.openedAt }, DEFAULT_PRIORITY, now);
const priorityMs = performance.now() - tPriority0;
times.sort((a, b) => a - b);
const units = tonight.reduce((s, l) => s + l.remaining, 0);
console.log(
  JSON.stringify(
    {
      requests: REQUESTS,
      structures: STRUCTURES,
      lines: tonight.length,
      freeUnitsTonight: units,
      proposed,
      unmet: REQUESTS - proposed,
      runs: RUNS,
      medianMs: Number(times[Math.floor(times.length / 2)]!.toFixed(1)),
      minMs: Number(times[0]!.toFixed(1)),
      maxMs: Number(times.at(-1)!.toFixed(1)),
      priorityScoringMs: Number(priorityMs.toFixed(1)),
      node: process.version,
      cpu: cpus()[0]?.model ?? "?",
      cores: cpus().length,
    },
    null,
    2,
  ),
);
