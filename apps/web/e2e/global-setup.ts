import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, createWriteStream, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { ChromiumNotFoundError, describeChromium, findChromium, type FoundChromium } from "./find-chromium.ts";

// Starts the real server (apps/api) once for the whole browser suite, on a free port and
// a fresh SQLite file (or the PostgreSQL database of DATABASE_URL), and stops it at the end.
// It builds nothing: `npm run test:e2e` runs `npm run build:web` first.

declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port>, or "" when the suite is skipped. */
    baseUrl: string;
    /** The Chromium to drive (see find-chromium.ts), or null when none was found (the suite is then skipped). */
    chromium: FoundChromium | null;
  }
}

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const artifactsDir = join(repoRoot, ".e2e");

/**
 * The browser suite expects the demo data as a first start creates it: a PostgreSQL test
 * database (shared with the API suites, which leave their own rows) is emptied first, so
 * the server seeds it anew.
 */
async function emptyPostgres(url: string): Promise<void> {
  const { migrateToLatest, openDatabase, truncateAll } = await import("@zero/db");
  const handle = openDatabase(url);
  try {
    await migrateToLatest(handle);
    await truncateAll(handle);
  } finally {
    await handle.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let chromium: FoundChromium;
  try {
    chromium = await findChromium();
  } catch (error) {
    // A wrong CHROMIUM_PATH is always an error; no browser at all is one in CI only.
    if (!(error instanceof ChromiumNotFoundError)) throw new Error(`[e2e] ${(error as Error).message}`);
    const message = `${error.message}\nInstall one (apt-get install chromium) or set CHROMIUM_PATH.`;
    if (process.env.CI) throw new Error(`[e2e] ${message}`);
    console.warn(`\n${"!".repeat(78)}\n[e2e] SKIPPING THE BROWSER SUITE: ${message}\n${"!".repeat(78)}\n`);
    project.provide("baseUrl", "");
    project.provide("chromium", null);
    return async () => {};
  }
  console.log(`[e2e] browser: ${describeChromium(chromium)}`);
  if (!existsSync(join(repoRoot, "apps/web/dist/index.html"))) {
    throw new Error("[e2e] apps/web/dist is missing: run `npm run build:web` first (npm run test:e2e does).");
  }

  mkdirSync(join(artifactsDir, "screenshots"), { recursive: true });
  const tempDir = mkdtempSync(join(tmpdir(), "zero-e2e-"));
  const databaseUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : join(tempDir, "zero.sqlite");
  if (databaseUrl.startsWith("postgres")) await emptyPostgres(databaseUrl);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = join(artifactsDir, "server.log");

  const server = spawn(join(repoRoot, "node_modules/.bin/tsx"), ["apps/api/src/server.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: "e2e-session-secret-not-for-production-0123456789",
      // The suite logs in with the demo accounts: demo data is opt-in.
      SEED_DEMO: "true",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = createWriteStream(logPath);
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  try {
    await waitForHealth(baseUrl, server, 90_000);
  } catch (error) {
    await stop(server);
    rmSync(tempDir, { recursive: true, force: true });
    const tail = readFileSync(logPath, "utf8").split("\n").slice(-40).join("\n");
    throw new Error(`[e2e] the server did not start: ${(error as Error).message}\n--- ${logPath} ---\n${tail}`);
  }

  project.provide("baseUrl", baseUrl);
  project.provide("chromium", chromium);

  return async () => {
    await stop(server);
    log.end();
    rmSync(tempDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`it exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
      lastError = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`no healthy answer within ${timeoutMs / 1000} s (${lastError})`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once("exit", () => done()));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
