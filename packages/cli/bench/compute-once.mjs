// One measured run of `zero compute`, in its own process so that peak memory is its own.
// Runs as the command line does by default (the caller starts it with COMPUTE_NODE_FLAGS):
// the bundled sources (compute-bundle.ts; the caller builds them first), DEFAULT_CHUNK_SIZE
// households per chunk and defaultWorkers() worker threads besides the main thread
// (BENCH_WORKERS and BENCH_CHUNK_SIZE override).
// Prints a JSON line: households, seconds, CPU seconds (all threads), peak resident memory (MiB).
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { register } from "tsx/esm/api";

const [input, output, period, variables] = process.argv.slice(2);
const load = loadavg()[0];
const started = performance.now();
const cpuStarted = process.cpuUsage();
// As bin/zero.mjs does: tsx for the bundle's builder only, then the bundle without its hooks.
const unregister = register();
const { computeBundle } = await import("../src/compute/compute-bundle.ts");
const bundle = await computeBundle();
await unregister();
/** @type {typeof import("../src/main.ts")} */
const cli = await import(bundle.main.href);
const workers = process.env.BENCH_WORKERS === undefined ? cli.defaultWorkers() : Number(process.env.BENCH_WORKERS);
const system = await cli.loadSystem("@zero/legislation-fr");
const loaded = performance.now();
const summary = await cli.runCompute(system, {
  input,
  output,
  period,
  variables: variables.split(","),
  systemModule: "@zero/legislation-fr",
  workers,
  workerScript: bundle.worker,
  ...(process.env.BENCH_CHUNK_SIZE ? { chunkSize: Number(process.env.BENCH_CHUNK_SIZE) } : {}),
});
const finished = performance.now();
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(
  JSON.stringify({
    households: summary.households,
    rejectedRows: summary.rejectedRows,
    workers,
    chunkSize: Number(process.env.BENCH_CHUNK_SIZE ?? cli.DEFAULT_CHUNK_SIZE),
    totalSeconds: (finished - started) / 1000,
    loadSeconds: (loaded - started) / 1000,
    computeSeconds: (finished - loaded) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadAverageBefore: load,
    loadAverageAfter: loadavg()[0],
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }) + "\n",
);
