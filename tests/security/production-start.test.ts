import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase } from "@zero/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_FIELD_ENCRYPTION_KEYS } from "../../apps/api/src/field-encryption/config.ts";
import { seedDemo } from "../../apps/api/src/seed/seed-demo.ts";

// Attack 5 of issue 11: demo data (published passwords) in production. A real server
// process is started with NODE_ENV=production; it must refuse to start, and say why.
const root = fileURLToPath(new URL("../..", import.meta.url));
const goodSecret = "9f1c2a7be04d4c8e8a35b1d2f6e07c93a4b5d6e7f8091a2b";
// A key made for this test only (openssl rand -base64 32), not the published test key.
const goodFieldKeys = "k2026:3q2+7wXr0m7kq9V1cY8n4Jb6tL2pA5sD0fG1hJ3kL4M=";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  code: number | null;
  output: string;
  healthy: boolean;
}

/** Starts the server; resolves with its exit code, or kills it once /api/health answers. */
async function start(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["apps/api/src/server.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    const done = await Promise.race([exited, new Promise<"running">((r) => setTimeout(() => r("running"), 200))]);
    if (done !== "running") return { code: done, output, healthy: false };
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      child.kill("SIGTERM");
      return { code: await exited, output, healthy: true };
    }
  }
  child.kill("SIGKILL");
  throw new Error(`the server neither started nor stopped:\n${output}`);
}

describe("a production start", () => {
  let dir: string;
  let demoDb: string;
  let cleanDb: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zero-prod-"));
    demoDb = join(dir, "demo.sqlite");
    cleanDb = join(dir, "clean.sqlite");
    for (const [file, demo] of [
      [demoDb, true],
      [cleanDb, false],
    ] as const) {
      const handle = openDatabase(file);
      await migrateToLatest(handle);
      if (demo) await seedDemo(handle);
      await handle.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const production = (databaseUrl: string, extra: Record<string, string> = {}) => ({
    NODE_ENV: "production",
    SESSION_SECRET: goodSecret,
    FIELD_ENCRYPTION_KEYS: goodFieldKeys,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    ...extra,
  });

  it("is refused on a database holding the demo accounts", async () => {
    const run = await start(production(demoDb));
    expect(run.healthy).toBe(false);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/refusing to start in production/);
    expect(run.output).toMatch(/demo account/);
  });

  it("is refused with SEED_DEMO=true, even on an empty database", async () => {
    const run = await start(production(cleanDb, { SEED_DEMO: "true" }));
    expect(run.healthy).toBe(false);
    expect(run.output).toMatch(/SEED_DEMO=true/);
  });

  it("is refused without a session secret, or with one published in the repository", async () => {
    const none = await start({ ...production(cleanDb), SESSION_SECRET: "" });
    expect(none.healthy).toBe(false);
    expect(none.output).toMatch(/SESSION_SECRET is required/);
    const published = await start(production(cleanDb, { SESSION_SECRET: "test-secret-test-secret-test-secret-0123" }));
    expect(published.healthy).toBe(false);
    expect(published.output).toMatch(/published/);
  });

  it("is refused without FIELD_ENCRYPTION_KEYS, or with the key published for the tests", async () => {
    const none = await start({ ...production(cleanDb), FIELD_ENCRYPTION_KEYS: "" });
    expect(none.healthy).toBe(false);
    expect(none.output).toMatch(/FIELD_ENCRYPTION_KEYS is unset/);
    const published = await start(production(cleanDb, { FIELD_ENCRYPTION_KEYS: TEST_FIELD_ENCRYPTION_KEYS }));
    expect(published.healthy).toBe(false);
    expect(published.output).toMatch(/test key published/);
  });

  it("starts on a database without demo data, and seeds nothing", async () => {
    const run = await start(production(cleanDb));
    expect(run.output).not.toMatch(/refusing/);
    expect(run.healthy).toBe(true);
    const handle = openDatabase(cleanDb);
    const users = await handle.db.selectFrom("users").select("id").execute();
    await handle.close();
    expect(users).toEqual([]);
  });
});
