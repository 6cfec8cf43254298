// `npm run bench:calculate`: latency of one POST /api/openfisca/calculate over real HTTP
// (keep-alive, one request at a time) against a real server, for a few situations.
// Writes the figures to docs/benchmarks.md.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, Agent } from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { asksOf, withoutAsks, type Situation } from "../test/helpers/openfisca-asks.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const port = 3900 + Math.floor(Math.random() * 90);
const runs = Number(process.env.BENCH_RUNS ?? 1000);
const dir = mkdtempSync(join(tmpdir(), "zero-bench-api-"));
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

const months = (n: number, end: string, value: number) => {
  const [y, m] = end.split("-").map(Number) as [number, number];
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const d = new Date(Date.UTC(y, m - 1 - i, 1));
      return [`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`, value];
    }),
  );
};
const situations: Record<string, unknown> = {
  "personne seule sans revenu (rsa)": {
    individus: { a: { date_naissance: { ETERNITY: "1980-01-01" } } },
    familles: { f: { parents: ["a"], rsa: { "2025-04": null } } },
    menages: { m: { personne_de_reference: ["a"], statut_occupation_logement: { "2025-04": "locataire_vide" } } },
  },
  "couple, 2 enfants, un salaire (rsa, ppa, af)": {
    individus: {
      p1: {
        date_naissance: { ETERNITY: "1985-03-01" },
        salaire_net: months(36, "2025-04", 1400),
        salaire_de_base: months(36, "2025-04", 1800),
      },
      p2: { date_naissance: { ETERNITY: "1987-06-01" } },
      e1: { date_naissance: { ETERNITY: "2015-09-01" } },
      e2: { date_naissance: { ETERNITY: "2019-01-01" } },
    },
    familles: {
      f: { parents: ["p1", "p2"], enfants: ["e1", "e2"], rsa: { "2025-04": null }, ppa: { "2025-04": null }, af: { "2025-04": null } },
    },
    foyers_fiscaux: { ff: { declarants: ["p1", "p2"], personnes_a_charge: ["e1", "e2"] } },
    menages: {
      m: {
        personne_de_reference: ["p1"],
        conjoint: ["p2"],
        enfants: ["e1", "e2"],
        statut_occupation_logement: { "2025-04": "locataire_hlm" },
        loyer: { "2025-04": 650 },
      },
    },
  },
};

// A request of aides-jeunes' shape (apps/api/test/fixtures/openfisca-clients/, its README): a
// family of tenants, 13 months of resources, the benefits asked on every instance; without the
// asks Zéro does not compute yet (read from GET /variables at run time).
const clientFixture = JSON.parse(
  readFileSync(join(root, "apps/api/test/fixtures/openfisca-clients/aides-jeunes-famille-locataire.json"), "utf8"),
) as Situation;

function aidesJeunesRequest(statuses: Record<string, { zero: string }>): Situation {
  const notComputed = new Set(Object.keys(statuses).filter((name) => statuses[name]!.zero === "not_computed"));
  return withoutAsks(clientFixture, notComputed);
}

/** A 100-point curve of the couple's RSA, prime d'activité and AF as the first wage rises (axes). */
const curve = (couple: unknown) => ({
  ...(couple as object),
  axes: [[{ name: "salaire_net", count: 100, min: 0, max: 12000, period: "month:2025-01:4" }]],
});

function post(body: string): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: "/api/openfisca/calculate",
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function getJson(path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
    })
      .on("error", reject)
      .end();
  });
}

const server = spawn(join(root, "node_modules/.bin/tsx"), [join(root, "apps/api/src/server.ts")], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: join(dir, "bench.sqlite"),
    LOG_LEVEL: "warn",
    OPENFISCA_RATE_LIMIT_MAX: "1000000",
  },
  stdio: "ignore",
});
const lines: string[] = [];
try {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await post("{}")).status > 0) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const statuses = await getJson("/api/openfisca/variables");
  const request = aidesJeunesRequest(statuses as Record<string, { zero: string }>);
  situations[`aides-jeunes, famille locataire (${asksOf(request).length} valeurs demandées)`] = request;
  const curveName = "courbe de 100 points (axes) du couple";
  situations[curveName] = curve(situations["couple, 2 enfants, un salaire (rsa, ppa, af)"]);
  for (const [name, situation] of Object.entries(situations)) {
    const body = JSON.stringify(situation);
    // A curve is a hundred households a request: fewer requests.
    const n = name === curveName ? Math.max(10, Math.round(runs / 20)) : runs;
    for (let i = 0; i < Math.min(50, n); i++) await post(body); // warm-up
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const { status, ms } = await post(body);
      if (status !== 200) throw new Error(`${name}: HTTP ${status}`);
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
    console.log(`${name}: médiane ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms`);
    lines.push(`| ${name} | ${n} | ${q(0.5)} ms | ${q(0.95)} ms | ${q(0.99)} ms |`);
  }
} finally {
  server.kill("SIGTERM");
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}`;
const section =
  `<!-- bench:calculate:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}. Command: \`npm run bench:calculate\` ` +
  `(a real server on SQLite, requests over HTTP on loopback with keep-alive, one at a time, after 50 warm-up requests; ` +
  `latency seen by the client). Targets: under 5 ms at the median for one household, under 20 ms for an aides-jeunes-sized request.\n\n` +
  `| situation | requests | median | p95 | p99 |\n|---|---:|---:|---:|---:|\n${lines.join("\n")}\n<!-- bench:calculate:end -->`;
const docPath = join(root, "docs/benchmarks.md");
let doc = readFileSync(docPath, "utf8");
if (!doc.includes("<!-- bench:calculate:start -->")) {
  doc += "\n## OpenFisca Web API: one `/calculate`\n\n<!-- bench:calculate:start -->\n<!-- bench:calculate:end -->\n";
}
writeFileSync(docPath, doc.replace(/<!-- bench:calculate:start -->[\s\S]*<!-- bench:calculate:end -->/, section));
