// One measured run of `zero compute`, in its own process so that peak memory is its own.
// Runs as the command line does by default: DEFAULT_CHUNK_SIZE households per chunk and
// defaultWorkers() worker threads besides the main thread (BENCH_WORKERS overrides).
// Prints a JSON line: households, seconds, CPU seconds (all threads), peak resident memory (MiB).
import { loadavg } from "node:os";
import { buildFrenchSystem } from "@zero/legislation-fr";
import { DEFAULT_CHUNK_SIZE, runCompute } from "../src/compute/compute-command.ts";
import { defaultWorkers } from "../src/compute/compute-main.ts";

const [input, output, period, variables] = process.argv.slice(2);
const workers = process.env.BENCH_WORKERS === undefined ? defaultWorkers() : Number(process.env.BENCH_WORKERS);
const load = loadavg()[0]!;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const system = buildFrenchSystem();
const loaded = performance.now();
const summary = await runCompute(system, {
  input: input!,
  output: output!,
  period: period!,
  variables: variables!.split(","),
  systemModule: "@zero/legislation-fr",
  workers,
});
const finished = performance.now();
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(
  JSON.stringify({
    households: summary.households,
    rejectedRows: summary.rejectedRows,
    workers,
    chunkSize: DEFAULT_CHUNK_SIZE,
    totalSeconds: (finished - started) / 1000,
    loadSeconds: (loaded - started) / 1000,
    computeSeconds: (finished - loaded) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadAverageBefore: load,
    loadAverageAfter: loadavg()[0]!,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }) + "\n",
);
