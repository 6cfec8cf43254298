// `npm run bench:engine`: CSV in to CSV out for 10k, 100k and 1M synthetic households
// (seeded), rsa + ppa + af, each run in a fresh process; writes docs/benchmarks.md.
// `npm run bench:engine:all`: the same with every social benefit the model computes (issue 13),
// in its own section.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeBundle, COMPUTE_NODE_FLAGS } from "../src/compute/compute-bundle.ts";
import { generatePopulation } from "./generate-population.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const period = "2025-04";
/** The social benefits of issue 13 that the batch computes (monthly, or yearly for the ARS). */
const ALL = "rsa,ppa,af,cf,asf,paje,ars,aeeh,aide_logement,aah,caah,aspa,asi,ass,css_participation_forfaitaire,cmu_c,cheque_energie";
const all = process.env.BENCH_BENEFITS === "all";
const variables = all ? ALL : "rsa,ppa,af";
const marker = all ? "bench:engine-all" : "bench:engine";
const dir = mkdtempSync(join(tmpdir(), "zero-bench-"));

interface Row {
  households: number;
  persons: number;
  megabytes: number;
  workers: number;
  chunkSize: number;
  totalSeconds: number;
  loadSeconds: number;
  computeSeconds: number;
  cpuSeconds: number;
  loadAverageBefore: number;
  loadAverageAfter: number;
  peakMiB: number;
}
const rows: Row[] = [];
// The command's bundle is built once here (as a first `zero compute` would): runs measure a warm cache.
const buildStarted = performance.now();
await computeBundle();
console.log(`bundle ready in ${((performance.now() - buildStarted) / 1000).toFixed(2)} s`);
try {
  for (const size of sizes) {
    const input = join(dir, `pop-${size}.csv`);
    const persons = await generatePopulation(input, size, 42);
    const out = execFileSync(
      process.execPath,
      [...COMPUTE_NODE_FLAGS, join(root, "packages/cli/bench/compute-once.mjs"), input, join(dir, `out-${size}.csv`), period, variables],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(out.trim().split("\n").at(-1)!) as Omit<Row, "persons" | "megabytes"> & { rejectedRows: number };
    if (result.rejectedRows > 0 || result.households !== size) throw new Error(`run ${size}: ${JSON.stringify(result)}`);
    const row = { ...result, persons, megabytes: statSync(input).size / 1e6 };
    rows.push(row);
    console.log(
      `${size} foyers (${persons} personnes, ${row.megabytes.toFixed(0)} Mo) : ${row.totalSeconds.toFixed(2)} s, ` +
        `${Math.round(size / row.totalSeconds)} foyers/s, CPU ${row.cpuSeconds.toFixed(1)} s, pic ${row.peakMiB.toFixed(0)} Mio ` +
        `(${row.workers} worker(s), charge ${row.loadAverageBefore.toFixed(1)} → ${row.loadAverageAfter.toFixed(1)})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? "?";
const machine = `${cpus().length} cœurs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version}`;
const table = [
  "| foyers | personnes | CSV | temps total | dont chargement du modèle | " +
    "foyers/s | CPU (tous threads) | pic mémoire | charge 1 min avant → après |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.households.toLocaleString("en-US")} | ${r.persons.toLocaleString("en-US")} | ${r.megabytes.toFixed(0)} MB | ` +
      `${r.totalSeconds.toFixed(2)} s | ${r.loadSeconds.toFixed(2)} s | ` +
      `${Math.round(r.households / r.totalSeconds).toLocaleString("en-US")} | ` +
      `${r.cpuSeconds.toFixed(1)} s | ${r.peakMiB.toFixed(0)} MiB | ` +
      `${r.loadAverageBefore.toFixed(1)} → ${r.loadAverageAfter.toFixed(1)} |`,
  ),
].join("\n");
const workers = [...new Set(rows.map((r) => r.workers))].join(", ");
const chunkSizes = [...new Set(rows.map((r) => r.chunkSize.toLocaleString("en-US")))].join(", ");
const section =
  `<!-- ${marker}:start -->\n` +
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Command: \`npm run bench:engine${all ? ":all" : ""}\` ` +
  `(synthetic population, seed 42; \`zero compute --period ${period} --variables ${variables}\`, CSV in to CSV out, ` +
  `each size in a fresh process started as the command starts it (\`${COMPUTE_NODE_FLAGS.join(" ")}\`, bundled sources); ` +
  `peak memory is the process's maximum resident set). ` +
  `Settings: the command's defaults on this machine, ${workers} worker thread(s) besides the main thread ` +
  `(which reads the CSV and computes the chunks the workers have no room for), ${chunkSizes} households per chunk. ` +
  "The machine may be shared: the CPU column (all threads) and the load average " +
  `tell how far the times are its own.\n\n${table}\n<!-- ${marker}:end -->`;
const docPath = join(root, "docs/benchmarks.md");
let doc: string;
try {
  doc = readFileSync(docPath, "utf8");
} catch {
  doc = "# Benchmarks\n";
}
if (!doc.includes(`<!-- ${marker}:start -->`)) {
  const title = all ? "every social benefit of the model" : "rsa + ppa + af";
  doc += `\n## Rules engine: batch compute (${title})\n\n<!-- ${marker}:start -->\n<!-- ${marker}:end -->\n`;
}
doc = doc.replace(new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`), section);
writeFileSync(docPath, doc);
console.log(`→ docs/benchmarks.md`);
