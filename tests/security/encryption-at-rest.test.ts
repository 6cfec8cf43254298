import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isPostgresUrl } from "@zero/db";
import { fieldCipher, keyringOf, parseFieldKeys, rotateFieldKeys, sealedKeyId } from "@zero/db/field-encryption";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_FIELD_ENCRYPTION_KEYS } from "../../apps/api/src/field-encryption/config.ts";
import { createTestApp, type Session, type TestApp } from "../../apps/api/test/helpers/test-app.ts";
import { client, purpose, sessions, type Who } from "../../apps/api/test/urgence/helpers.ts";

// Issue 11, data lifecycle: a copy of the database (its file, a backup, a stolen disk) must not
// give away the notes, places and health needs of the people on the by-name list. They are
// sealed with a key from the environment (ADR 0019); this reads the raw bytes of the file.
const root = fileURLToPath(new URL("../..", import.meta.url));
const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
const onPostgres = isPostgresUrl(databaseUrl);

// Fictional, and found nowhere else in the demo data.
const NOTE = "Xérophile-Quarzat : douleur thoracique, traitement anticoagulant";
const ADDRESS = "Impasse Quarzat-Xérophile, 13002 Marseille";
// Not encrypted (a sector is compared in SQL): the witness that the scan sees plaintext.
const SECTOR = "Secteur-témoin Quarzat-Xérophile";

/**
 * Whether each text is in the SQLite file or its -wal and -shm files, in UTF-8 or UTF-16. The
 * bytes are read by another process: closing a descriptor of the file in this one would drop
 * the POSIX locks of this process's own SQLite connection (and let `zero` checkpoint under it).
 */
function onDisk(t: TestApp, texts: string[]): boolean[] {
  const file = t.database.description.replace(/^sqlite:/, "");
  const script = `
    const { existsSync, readFileSync } = require("node:fs");
    const [files, texts] = JSON.parse(process.argv[1]);
    const contents = files.filter((f) => existsSync(f)).map((f) => readFileSync(f));
    const found = texts.map((t) => [Buffer.from(t, "utf8"), Buffer.from(t, "utf16le")]
      .some((n) => contents.some((c) => c.includes(n))));
    process.stdout.write(JSON.stringify(found));`;
  const files = [file, `${file}-wal`, `${file}-shm`];
  const run = spawnSync(process.execPath, ["-e", script, JSON.stringify([files, texts])], { encoding: "utf8" });
  return JSON.parse(run.stdout) as boolean[];
}

function zero(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(root, "packages/cli/bin/zero.mjs"), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("the most sensitive fields are encrypted at rest", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: ReturnType<typeof client>;
  let encounterId: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await sessions(t);
    api = client(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("an encounter's notes and place written through the API are not in the database file in clear", async () => {
    const person = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      alias: "Témoin du chiffrement",
      needs: ["medical_care", "pregnancy"],
      purpose,
    });
    expect(person.statusCode).toBe(201);
    const encounter = await api.post("/api/urgence/encounters", s.phare, {
      organisationId: s.phare.organisationId,
      personId: person.json().id,
      channel: "maraude",
      sector: SECTOR,
      address: ADDRESS,
      livingSituation: "street",
      needsExpressed: ["health"],
      notes: NOTE,
      purpose,
    });
    expect(encounter.statusCode).toBe(201);
    encounterId = encounter.json().id;
    expect(encounter.json().notes).toBe(NOTE);

    const raw = await t.database.db.selectFrom("urgence_encounters").selectAll().where("id", "=", encounterId).executeTakeFirstOrThrow();
    expect(raw.sector).toBe(SECTOR);
    for (const value of [raw.notes!, raw.address!, raw.needs_expressed]) expect(sealedKeyId(value)).toBe("test");
    if (onPostgres) {
      // No file to read here: no row of the table holds the note, the place or a piece of them.
      const { rows } = await sql<{ n: number }>`select count(*) as n from urgence_encounters
        where notes like ${"%thoracique%"} or notes like ${"%Quarzat%"} or address like ${"%Quarzat%"}`.execute(t.database.db);
      expect(Number(rows[0]?.n)).toBe(0);
      // What a backup would hold: pg_dump of the table, the witness in it, the note not.
      const dump = spawnSync("pg_dump", ["--data-only", "--table=urgence_encounters", databaseUrl], {
        encoding: "utf8",
      });
      expect(dump.status, dump.stderr).toBe(0);
      expect(dump.stdout).toContain(SECTOR);
      for (const piece of ["thoracique", "anticoagulant", "Impasse Quarzat"]) expect(dump.stdout).not.toContain(piece);
      return;
    }
    const pieces = [NOTE, "thoracique", "anticoagulant", ADDRESS, "Impasse Quarzat"];
    const [witness, ...found] = onDisk(t, [SECTOR, ...pieces]);
    expect(witness).toBe(true);
    const seen = Object.fromEntries(pieces.map((p, i) => [p, found[i]]));
    expect(seen).toEqual(Object.fromEntries(pieces.map((p) => [p, false])));
  });

  it("zero rotate-field-key seals an older database's plaintext and moves every value to the new key", async () => {
    const url = onPostgres ? databaseUrl : t.database.description;
    const next = `k2026:${randomBytes(32).toString("base64")}`;
    const keys = `${next},${TEST_FIELD_ENCRYPTION_KEYS}`;
    // The demo data is written in plaintext, as a database from before encryption would be.
    const db = t.database.db;
    const before = await db.selectFrom("urgence_people").select("needs").where("needs", "like", "[%").execute();
    expect(before.length).toBeGreaterThan(0);

    const unknown = zero(["rotate-field-key"], { DATABASE_URL: url, FIELD_ENCRYPTION_KEYS: next });
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/sealed with key "test", which FIELD_ENCRYPTION_KEYS does not hold/);
    expect(unknown.out).not.toContain("thoracique");

    const dry = zero(["rotate-field-key", "--dry-run"], { DATABASE_URL: url, FIELD_ENCRYPTION_KEYS: keys });
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toMatch(/Simulation : \d+ valeur\(s\) à rechiffrer avec la clé k2026/);
    const run = zero(["rotate-field-key"], { DATABASE_URL: url, FIELD_ENCRYPTION_KEYS: keys });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/Rotation faite : \d+ valeur\(s\) rechiffrée\(s\) avec la clé k2026/);
    expect(run.out).not.toContain("thoracique");

    const values = [
      ...(await db.selectFrom("urgence_people").select("needs as v").execute()),
      ...(await db.selectFrom("urgence_requests").select("needs as v").execute()),
      ...(await db.selectFrom("urgence_encounters").select("needs_expressed as v").execute()),
      ...(await db.selectFrom("urgence_encounters").select("notes as v").where("notes", "is not", null).execute()),
      ...(await db.selectFrom("urgence_encounters").select("address as v").where("address", "is not", null).execute()),
    ];
    expect(values.length).toBeGreaterThan(before.length);
    expect(new Set(values.map((r) => sealedKeyId(r.v!)))).toEqual(new Set(["k2026"]));
    // Nothing left under the old key: it can leave FIELD_ENCRYPTION_KEYS.
    const again = await rotateFieldKeys(db, fieldCipher(keyringOf(parseFieldKeys(next))), { dryRun: true });
    expect(again.tables.map((x) => x.resealed)).toEqual([0, 0, 0]);
  }, 60_000);
});
