import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { DB_MODULES, isPostgresUrl, migrateToLatest, openDatabase, truncateAll, type DatabaseHandle, type DbModule } from "@zero/db";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.ts";
import { loadConfig, type AppConfig } from "../../src/config.ts";
import { TEST_FIELD_ENCRYPTION_KEYS } from "../../src/field-encryption/config.ts";
import { logOptions } from "../../src/logging.ts";
import { API_MODULES } from "../../src/modules/index.ts";
import type { ApiModule } from "../../src/modules/module.ts";
import { seedDemo } from "../../src/seed/seed-demo.ts";

/** Modules beyond the app's list, for a test that adds one (tests/…/throwaway-module.test.ts). */
export interface ExtraModules {
  api?: readonly ApiModule<unknown>[];
  db?: readonly DbModule<unknown>[];
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: AppConfig;
  /** Every log line the app wrote, as raw JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * A real app on a real, migrated and seeded database: a fresh SQLite file by default,
 * or the PostgreSQL database named by TEST_DATABASE_URL / DATABASE_URL (emptied first).
 */
export async function createTestApp(overrides: Partial<AppConfig> = {}, extra: ExtraModules = {}): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
  let tempDir: string | undefined;
  let database: DatabaseHandle;
  // Extra modules always get a private SQLite file: their migrations must not reach the shared database.
  if (isPostgresUrl(url) && extra.api === undefined) {
    database = openDatabase(url);
    await migrateToLatest(database);
    await truncateAll(database);
  } else {
    tempDir = mkdtempSync(join(tmpdir(), "zero-test-"));
    database = openDatabase(join(tempDir, "test.sqlite"));
    await migrateToLatest(database, [...DB_MODULES, ...(extra.db ?? [])]);
  }
  await seedDemo(database);

  const config: AppConfig = {
    ...loadConfig({
      SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
      WEB_DIST: "/nonexistent",
      // A published key (refused in production): tests never write a development key file.
      FIELD_ENCRYPTION_KEYS: TEST_FIELD_ENCRYPTION_KEYS,
    }),
    ...overrides,
  };
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString("utf8"));
      done();
    },
  });
  const base = logOptions("debug") as object;
  const modules = extra.api ? [...API_MODULES, ...extra.api] : undefined;
  const app = await buildApp({ config, database, logger: { ...base, stream }, ...(modules ? { modules } : {}) });
  await app.ready();
  return {
    app,
    database,
    config,
    logs,
    async close() {
      await app.close();
      await database.close();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  organisationId: string;
}

export async function login(app: FastifyInstance, email: string, password = "demo-zero-2026"): Promise<Session> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "zero_session");
  if (!cookie) throw new Error("no session cookie");
  const body = response.json() as {
    csrfToken: string;
    user: { id: string };
    memberships: { organisationId: string }[];
  };
  return {
    cookie: `zero_session=${cookie.value}`,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    organisationId: body.memberships[0]!.organisationId,
  };
}

export const DEMO = {
  admin: "admin@lab-zero.example",
  coordinator: "coordination@siao13.example",
  agent: "agent@ccas-marseille.example",
  ambassador: "ambassadrice@horizon-asso.example",
  viewer: "lecture@caf13.example",
  horizonAdmin: "admin@horizon-asso.example",
} as const;
