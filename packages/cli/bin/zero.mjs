#!/usr/bin/env node
// Runs the TypeScript sources through tsx (installed at the workspace root): no build step.
// `zero compute` runs the same sources bundled by esbuild, built on first use and whenever
// a source changes, in a Node process started with COMPUTE_NODE_FLAGS
// (src/compute/compute-bundle.ts, docs/decisions/0014-batch-runs-a-bundle.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const args = process.argv.slice(2);
let bundle;
if (args[0] === "compute") {
  const { computeBundle, COMPUTE_NODE_FLAGS } = await import("../src/compute/compute-bundle.ts");
  if (!COMPUTE_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
    const child = spawnSync(process.execPath, [...process.execArgv, ...COMPUTE_NODE_FLAGS, fileURLToPath(import.meta.url), ...args], {
      stdio: "inherit",
    });
    if (child.error) throw child.error;
    if (child.signal) process.kill(process.pid, child.signal);
    process.exit(child.status ?? 1);
  }
  try {
    bundle = await computeBundle();
  } catch (error) {
    console.error(`zero compute : sources non regroupées (${error.message}), calcul plus lent par tsx`);
  }
}
const { main } = await import(bundle ? bundle.main.href : "../src/main.ts");
process.exitCode = await main(args, bundle ? { computeWorker: bundle.worker } : {});
