import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { isPostgresUrl, migrateToLatest, openDatabase, type DatabaseHandle } from "@zero/db";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../apps/api/src/app.ts";
import { createTestApp, login, type Session, type TestApp } from "../../apps/api/test/helpers/test-app.ts";
import { client, purpose, sessions, type Who } from "../../apps/api/test/urgence/helpers.ts";

// "Backup then restore gives the same data" (issue 11): `zero backup` while the server holds the
// database open, then changes, then `zero restore`, and every table is compared row by row with
// the state at backup time. Refusals (a file that is no backup, a running server, data without
// --force, pg_dump missing) change nothing. Runs on SQLite, and on PostgreSQL with DATABASE_URL.
const envUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
const onPostgres = isPostgresUrl(envUrl);
const cli = fileURLToPath(new URL("../../packages/cli/bin/zero.mjs", import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Every output of the command line, to check that none names a person. */
const outputs: string[] = [];

function zero(args: string[], databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) => {
      outputs.push(stdout, stderr);
      done({ code: code ?? -1, stdout, stderr });
    });
  });
}

type Snapshot = Record<string, string[]>;

/** Every table (Kysely's migration tables included), every row, in a stable order. */
async function snapshot(db: Kysely<unknown>): Promise<Snapshot> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const out: Snapshot = {};
  for (const table of tables.filter((t) => !t.isView).sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await (db as Kysely<Record<string, object>>).selectFrom(table.name).selectAll().execute();
    out[table.name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

async function snapshotOf(url: string): Promise<Snapshot> {
  const handle = openDatabase(url);
  try {
    return await snapshot(handle.db as Kysely<unknown>);
  } finally {
    await handle.close();
  }
}

describe("zero backup then zero restore gives the same data", () => {
  let t: TestApp;
  let url: string;
  let work: string;
  let backup: string;
  let atBackup: Snapshot;
  let afterChanges: Snapshot;
  let s: Record<Who, Session>;
  let open = true;

  beforeAll(async () => {
    t = await createTestApp();
    // SQLite: the test app's file (the URL form openDatabase reads); PostgreSQL: the shared test database.
    url = onPostgres ? envUrl : t.database.description;
    work = mkdtempSync(join(tmpdir(), "zero-backup-"));
    backup = join(work, "zero.backup");
    s = await sessions(t);
    atBackup = await snapshot(t.database.db as Kysely<unknown>);
  });

  afterAll(async () => {
    if (open) await t.close();
    else if (!onPostgres) rmSync(dirname(url.replace(/^sqlite:/, "")), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it("starts from a database with data in most tables", () => {
    const filled = Object.entries(atBackup)
      .filter(([, rows]) => rows.length > 0)
      .map(([name]) => name);
    const expected = ["users", "sessions", "audit_log", "urgence_people", "kysely_migration"];
    expect(filled).toEqual(expect.arrayContaining(expected));
    expect(filled.length).toBeGreaterThanOrEqual(12);
    expect(atBackup.urgence_people!.length).toBeGreaterThan(100);
  });

  it("backs up while the server holds the database open, into a file only its owner reads", async () => {
    const run = await zero(["backup", backup], url);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Sauvegarde écrite : .*zero\.backup .*migration \d{4}-/);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(readdir(work)).toEqual(["zero.backup"]); // no partial file left beside it
    // The server kept the database: nothing changed by the backup.
    expect(await snapshot(t.database.db as Kysely<unknown>)).toEqual(atBackup);
  });

  it("refuses to replace an existing backup file without --force", async () => {
    const before = statSync(backup).mtimeMs;
    const run = await zero(["backup", backup], url);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/existe déjà.*--force.*\[BACKUP_TARGET_EXISTS\]/);
    expect(statSync(backup).mtimeMs).toBe(before);
  });

  it("then the data changes: a person added, a person erased, a name changed, sessions deleted", async () => {
    const api = client(t);
    const created = await api.post("/api/urgence/people", s.coordinator, {
      organisationId: s.coordinator.organisationId,
      firstName: "Anatolie",
      lastName: "Restauration-Témoin",
      birthYear: 1979,
      consent: { purposes: ["orientation"], audiences: [{ type: "organisation", id: s.coordinator.organisationId }] },
      purpose,
    });
    expect(created.statusCode).toBe(201);
    const erased = await api.post(`/api/urgence/people/${created.json().id}/erasure`, s.coordinator, {
      purpose: "demande d'effacement de la personne",
    });
    expect(erased.statusCode).toBe(204);
    const db = t.database.db;
    const seeded = await db.selectFrom("urgence_people").select("id").orderBy("id").limit(1).executeTakeFirstOrThrow();
    await db.updateTable("urgence_people").set({ alias: "Nom changé après la sauvegarde" }).where("id", "=", seeded.id).execute();
    await db
      .updateTable("users")
      .set({ display_name: "Changé après la sauvegarde" })
      .where("email", "=", "admin@lab-zero.example")
      .execute();
    await db.deleteFrom("sessions").execute();
    afterChanges = await snapshot(db as Kysely<unknown>);
    expect(afterChanges).not.toEqual(atBackup);
    expect(afterChanges.sessions).toEqual([]);
  });

  it("refuses to restore while the server has the database open, and changes nothing", async () => {
    // A query just before: the server's connection is open (PostgreSQL's pool closes idle ones after a while).
    expect((await t.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    const run = await zero(["restore", backup, "--force"], url);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/arrêtez-le avant de restaurer \[DATABASE_IN_USE\]/);
    expect(await snapshot(t.database.db as Kysely<unknown>)).toEqual(afterChanges);
  });

  it("with the server stopped, refuses files that are not Zéro backups and loses nothing", async () => {
    await t.app.close();
    await t.database.close();
    open = false;
    const junk = join(work, "notes.txt");
    writeFileSync(junk, "ceci n'est pas une sauvegarde\n");
    const foreign = join(work, "other.sqlite");
    const other = new SQLite(foreign);
    other.exec("CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT); INSERT INTO things (label) VALUES ('x')");
    other.close();
    const cut = join(work, "cut.backup");
    copyFileSync(backup, cut);
    truncateSync(cut, Math.floor(statSync(backup).size / 2));
    const missing = join(work, "absent.backup");

    const cases: [string, RegExp][] = [
      [missing, /fichier de sauvegarde introuvable.*\[BACKUP_FILE_MISSING\]/],
      [junk, /n'est pas une sauvegarde Zéro.*\[NOT_A_BACKUP\]/],
      [foreign, onPostgres ? /sauvegarde SQLite.*\[BACKUP_ENGINE_MISMATCH\]/ : /pas une sauvegarde Zéro.*\[NOT_A_BACKUP\]/],
      [cut, /endommagé|a échoué.*rien n'a changé/],
    ];
    for (const [file, message] of cases) {
      const run = await zero(["restore", file, "--force"], url);
      expect({ file, code: run.code }).toEqual({ file, code: 1 });
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe("");
    }
    expect(await snapshotOf(url)).toEqual(afterChanges);
    // No copy of a refused file was left beside the database.
    if (!onPostgres) {
      expect(readdir(dirname(url.replace(/^sqlite:/, ""))).filter((f) => f.includes("partial"))).toEqual([]);
    }
  });

  it("refuses to replace a database that holds data without --force", async () => {
    const run = await zero(["restore", backup], url);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/contient des données \(\d+ tables non vides\).*--force.*\[TARGET_HOLDS_DATA\]/);
    expect(await snapshotOf(url)).toEqual(afterChanges);
  });

  it("restores with --force: every table, row by row, as it was at backup time", async () => {
    const run = await zero(["restore", backup, "--force"], url);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Base restaurée : .* depuis .*zero\.backup \(migration \d{4}-.*tables remplacées\)/);
    const restored = await snapshotOf(url);
    expect(Object.keys(restored)).toEqual(Object.keys(atBackup));
    for (const table of Object.keys(atBackup)) {
      expect({ table, rows: restored[table] }).toEqual({ table, rows: atBackup[table] });
    }
  });

  it("the restored database starts: nothing left to migrate, the demo admin signs in with its session", async () => {
    const database: DatabaseHandle = openDatabase(url);
    try {
      const migrated = await migrateToLatest(database);
      expect(migrated.results ?? []).toEqual([]);
      const app = await buildApp({ config: t.config, database, logger: false });
      try {
        await app.ready();
        expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
        const admin = await login(app, "admin@lab-zero.example");
        const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie: admin.cookie } });
        expect(me.statusCode).toBe(200);
        // The session made before the backup was deleted afterwards; the restore brought it back.
        const before = await app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.coordinator.cookie } });
        expect(before.statusCode).toBe(200);
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }
  });

  it("never printed a person's name or an account's e-mail", () => {
    const users = atBackup.users!.map((row) => JSON.parse(row) as { email: string; display_name: string });
    const people = atBackup.urgence_people!.map((row) => JSON.parse(row) as Record<string, string | null>);
    const personal = [
      ...users.flatMap((u) => [u.email, u.display_name]),
      ...people.flatMap((p) => [p.first_name, p.last_name, p.alias]),
    ].filter((v): v is string => typeof v === "string" && v.length >= 4);
    expect(personal.length).toBeGreaterThan(100);
    const printed = outputs.join("\n");
    expect(personal.filter((v) => printed.includes(v))).toEqual([]);
  });
});

describe("zero backup while the server writes", () => {
  it("gives a sound file holding a moment between the first and the last write", async ({ skip }) => {
    if (onPostgres) skip("pg_dump reads one snapshot by design; the row-by-row comparison above covers PostgreSQL");
    // Sign-ins are the writes (a session and an audit entry each): no rate limit in the way.
    const t = await createTestApp({ loginRateLimit: { max: 100_000, windowMinutes: 15 } });
    const work = mkdtempSync(join(tmpdir(), "zero-backup-"));
    try {
      const file = join(work, "busy.backup");
      const count = async () => {
        const row = await t.database.db
          .selectFrom("audit_log")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      const first = await count();
      let writing = true;
      let writes = 0;
      const writer = (async () => {
        while (writing) {
          await login(t.app, "admin@lab-zero.example");
          writes++;
        }
      })();
      const run = await zero(["backup", file], t.database.description);
      writing = false;
      await writer;
      const last = await count();
      expect(run.code).toBe(0);
      expect(writes).toBeGreaterThan(0);
      const copy = new SQLite(file, { readonly: true, fileMustExist: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        const inBackup = Number(copy.prepare("SELECT count(*) FROM audit_log").pluck().get());
        expect(inBackup).toBeGreaterThanOrEqual(first);
        expect(inBackup).toBeLessThanOrEqual(last);
      } finally {
        copy.close();
      }
      expect(existsSync(`${file}-wal`)).toBe(false);
    } finally {
      await t.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("zero backup and zero restore without the PostgreSQL tools", () => {
  const pgUrl = "postgres://zero:zero@127.0.0.1:1/absent";

  it("say that pg_dump and pg_restore are not installed", async () => {
    const work = mkdtempSync(join(tmpdir(), "zero-backup-"));
    try {
      const noTools = { PATH: join(work, "empty-bin") };
      const dumped = await zero(["backup", join(work, "x.dump")], pgUrl, noTools);
      expect(dumped.code).toBe(1);
      expect(dumped.stderr).toMatch(/pg_dump est introuvable : installez le client PostgreSQL.*\[PG_TOOL_MISSING\]/);
      const archive = join(work, "archive.dump");
      writeFileSync(archive, "PGDMP\u0001\u000e\u0000");
      chmodSync(archive, 0o600);
      const restored = await zero(["restore", archive], pgUrl, noTools);
      expect(restored.code).toBe(1);
      expect(restored.stderr).toMatch(/pg_restore est introuvable.*\[PG_TOOL_MISSING\]/);
      expect(existsSync(join(work, "x.dump"))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

/** The names in a folder, sorted. */
function readdir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
