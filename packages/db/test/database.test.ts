import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgresUrl, migrateToLatest, openDatabase, truncateAll, uuidv7, type DatabaseHandle } from "../src/index.ts";

const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "";

describe(`database (${isPostgresUrl(url) ? "PostgreSQL" : "SQLite"})`, () => {
  let handle: DatabaseHandle;
  let dir: string | undefined;
  beforeAll(async () => {
    if (isPostgresUrl(url)) {
      handle = openDatabase(url);
    } else {
      dir = mkdtempSync(join(tmpdir(), "zero-db-"));
      handle = openDatabase(join(dir, "nested", "db.sqlite"));
    }
  });
  afterAll(async () => {
    await handle.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("migrates, and migrating again changes nothing", async () => {
    await migrateToLatest(handle);
    if (handle.dialect === "postgres") await truncateAll(handle);
    const second = await migrateToLatest(handle);
    expect(second.results).toEqual([]);
    const tables = await handle.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["organisations", "users", "memberships", "sessions", "audit_log"]));
  });

  it("enforces foreign keys", async () => {
    await expect(
      handle.db
        .insertInto("memberships")
        .values({ user_id: "missing", organisation_id: "missing", role: "admin", created_at: "2026-01-01T00:00:00Z" })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it("runs SQLite in WAL mode", async () => {
    if (handle.dialect !== "sqlite") return;
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
    expect(rows[0]?.journal_mode).toBe("wal");
  });

  it("describes itself without credentials", () => {
    expect(handle.description).not.toMatch(/:[^/@]*@/);
  });
});

describe("uuidv7", () => {
  it("sorts as text in creation order and has the version 7 layout", () => {
    const ids = [1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000].map((ms) => uuidv7(ms));
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(Array.from({ length: 1000 }, () => uuidv7())).size).toBe(1000);
  });

  it("strictly increases within a process, even for ids of the same millisecond", () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // An explicit instant (a seed's history) does not move the clock of the ids that follow.
    uuidv7(Date.now() + 86_400_000);
    const after = uuidv7();
    expect(after > ids.at(-1)!).toBe(true);
    expect(after.slice(0, 8) <= uuidv7(Date.now() + 1000).slice(0, 8)).toBe(true);
  });
});
