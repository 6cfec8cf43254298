#!/usr/bin/env node
// Runs the TypeScript sources through tsx (installed at the workspace root): no build step.
// `zero compute` runs in a Node process started with the options of compute-flags.json,
// on the same sources bundled by esbuild, built on first use and whenever a source changes
// (src/compute/compute-bundle.ts, docs/decisions/0014-batch-runs-a-bundle.md).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
if (args[0] === "compute") {
  const flags = JSON.parse(readFileSync(new URL("./compute-flags.json", import.meta.url), "utf8"));
  if (!flags.every((flag) => process.execArgv.includes(flag))) {
    const child = spawnSync(process.execPath, [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...args], {
      stdio: "inherit",
    });
    if (child.error) throw child.error;
    if (child.signal) process.kill(process.pid, child.signal);
    process.exit(child.status ?? 1);
  }
}
const { register } = await import("tsx/esm/api");
const unregister = register();
let bundle;
if (args[0] === "compute") {
  const { computeBundle } = await import("../src/compute/compute-bundle.ts");
  try {
    bundle = await computeBundle();
  } catch (error) {
    console.error(`zero compute : sources non regroupées (${error.message}), calcul plus lent par tsx`);
  }
  // The bundle is JavaScript: without another legislation module (maybe TypeScript) to
  // load, its imports skip tsx's hooks (about 0.1 s of start-up).
  const otherSystem = process.env.ZERO_SYSTEM !== undefined || args.some((a) => a === "--system" || a.startsWith("--system="));
  if (bundle && !otherSystem) await unregister();
}
const { main } = await import(bundle ? bundle.main.href : "../src/main.ts");
process.exitCode = await main(args, bundle ? { computeWorker: bundle.worker } : {});
