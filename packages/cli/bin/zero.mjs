#!/usr/bin/env node
// Runs the TypeScript sources through tsx (installed at the workspace root): no build step.
// `zero compute` runs the same sources bundled by esbuild, built on first use and whenever
// a source changes (src/compute/compute-bundle.ts, docs/decisions/0014-batch-runs-a-bundle.md).
import { register } from "tsx/esm/api";

register();
const args = process.argv.slice(2);
let bundle;
if (args[0] === "compute") {
  const { computeBundle } = await import("../src/compute/compute-bundle.ts");
  try {
    bundle = await computeBundle();
  } catch (error) {
    console.error(`zero compute : sources non regroupées (${error.message}), calcul plus lent par tsx`);
  }
}
const { main } = await import(bundle ? bundle.main.href : "../src/main.ts");
process.exitCode = await main(args, bundle ? { computeWorker: bundle.worker } : {});
