// One measured run of `zero compute`, in its own process so that peak memory is its own.
// Prints a JSON line: households, seconds, peak resident memory (MiB).
import { buildFrenchSystem } from "@zero/legislation-fr";
import { runCompute } from "../src/compute/compute-command.ts";

const [input, output, period, variables] = process.argv.slice(2);
const started = performance.now();
const system = buildFrenchSystem();
const loaded = performance.now();
const summary = await runCompute(system, {
  input: input!,
  output: output!,
  period: period!,
  variables: variables!.split(","),
});
const finished = performance.now();
process.stdout.write(
  JSON.stringify({
    households: summary.households,
    rejectedRows: summary.rejectedRows,
    totalSeconds: (finished - started) / 1000,
    loadSeconds: (loaded - started) / 1000,
    computeSeconds: (finished - loaded) / 1000,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }) + "\n",
);
