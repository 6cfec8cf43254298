import { existsSync, readFileSync } from "node:fs";
import { isPostgresUrl, normaliseSearch, personSearchText } from "@zero/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, purpose, sessions, type Who } from "../../apps/api/test/urgence/helpers.ts";
import { createTestApp, type Session, type TestApp } from "../../apps/api/test/helpers/test-app.ts";

// Attack 8 of issue 11: an erased person stayed readable in the SQLite file's free pages and
// in its write-ahead log. Now `secure_delete` zeroes deleted cells and the erasure empties the
// WAL (packages/db/src/lifecycle.ts); this reads the raw bytes of the three files.
const onPostgres = isPostgresUrl(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "");

// Fictional, and found nowhere else in the demo data.
const person = { firstName: "Zéphyrine", lastName: "Quillebœuf-Tarnowska", alias: "Zézé du Lacydon" };
const pieces = [person.firstName, person.lastName, person.alias, ...person.lastName.split("-")];

/** Every form the name may take on disk: as typed, in other cases, normalised (search_text), UTF-8 and UTF-16. */
function needles(): { label: string; bytes: Buffer }[] {
  const texts = new Set<string>([personSearchText({ alias: person.alias, first_name: person.firstName, last_name: person.lastName })]);
  for (const p of pieces) for (const form of [p, p.toLowerCase(), p.toUpperCase(), normaliseSearch(p)]) texts.add(form);
  return [...texts].flatMap((text) => [
    { label: `${text} (UTF-8)`, bytes: Buffer.from(text, "utf8") },
    { label: `${text} (UTF-16LE)`, bytes: Buffer.from(text, "utf16le") },
  ]);
}

function filesOf(t: TestApp): string[] {
  const file = t.database.description.replace(/^sqlite:/, "");
  return [file, `${file}-wal`, `${file}-shm`];
}

/** The forms of the name found in the database file and its -wal and -shm files. */
function found(t: TestApp): string[] {
  const contents = filesOf(t)
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f));
  return needles()
    .filter((n) => contents.some((c) => c.includes(n.bytes)))
    .map((n) => n.label);
}

describe("erasure leaves no trace of the name", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: ReturnType<typeof client>;
  let personId: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await sessions(t);
    api = client(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("turns secure_delete on for every SQLite connection", async ({ skip }) => {
    if (onPostgres) skip("PostgreSQL has no secure_delete: see the VACUUM note in docs/operations.md");
    const { rows } = await sql<{ secure_delete: number }>`PRAGMA secure_delete`.execute(t.database.db);
    expect(rows[0]?.secure_delete).toBe(1);
  });

  it("a coordinator records the person, a consent and an encounter whose note names them", async () => {
    const created = await api.post("/api/urgence/people", s.coordinator, {
      organisationId: s.coordinator.organisationId,
      ...person,
      birthYear: 1981,
      consent: { purposes: ["orientation"], audiences: [{ type: "organisation", id: s.coordinator.organisationId }] },
      purpose,
    });
    expect(created.statusCode).toBe(201);
    personId = created.json().id;
    const encounter = await api.post("/api/urgence/encounters", s.coordinator, {
      organisationId: s.coordinator.organisationId,
      personId,
      channel: "maraude",
      livingSituation: "street",
      notes: `${person.firstName} ${person.lastName} dort sous l'abri du quai`,
      purpose,
    });
    expect(encounter.statusCode).toBe(201);
  });

  it("before the erasure the name is in the files (the check can see it)", async ({ skip }) => {
    if (onPostgres) skip("byte check on SQLite only: PostgreSQL keeps dead tuples until VACUUM (docs/operations.md)");
    expect(found(t)).toEqual(expect.arrayContaining([`${person.firstName} (UTF-8)`, `${normaliseSearch(person.firstName)} (UTF-8)`]));
  });

  it("a maraude of another organisation may not erase; the coordinator does", async () => {
    const refused = await api.post(`/api/urgence/people/${personId}/erasure`, s.phare, { purpose: "demande d'effacement de la personne" });
    expect([403, 404]).toContain(refused.statusCode);
    const erased = await api.post(`/api/urgence/people/${personId}/erasure`, s.coordinator, {
      purpose: "demande d'effacement de la personne",
    });
    expect(erased.statusCode).toBe(204);
    expect((await api.get(`/api/urgence/people/${personId}`, s.coordinator)).statusCode).toBe(404);
  });

  it("after the erasure no form of the name is in the database file, its -wal or its -shm", async ({ skip }) => {
    if (onPostgres) skip("byte check on SQLite only: PostgreSQL keeps dead tuples until VACUUM (docs/operations.md)");
    const [file, wal] = filesOf(t);
    expect(existsSync(file!)).toBe(true);
    expect(needles().length).toBeGreaterThan(20);
    expect(found(t)).toEqual([]);
    // The WAL was emptied by the checkpoint; only the audit entries written after it remain.
    expect(existsSync(wal!) ? readFileSync(wal!).length : 0).toBeLessThan(200_000);
  });

  it("the audit log has the erasure, by the coordinator, without the name", async () => {
    const entries = await t.database.db.selectFrom("audit_log").selectAll().where("resource_id", "=", personId).execute();
    expect(entries.find((e) => e.action === "erase")).toMatchObject({
      actor_user_id: s.coordinator.userId,
      organisation_id: s.coordinator.organisationId,
      outcome: "success",
    });
    const everything = JSON.stringify(await t.database.db.selectFrom("audit_log").selectAll().execute()).toLowerCase();
    for (const p of pieces) {
      expect(everything).not.toContain(p.toLowerCase());
      expect(everything).not.toContain(normaliseSearch(p));
    }
    for (const line of t.logs) for (const p of pieces) expect(line.toLowerCase()).not.toContain(p.toLowerCase());
  });

  it("nothing of the person is left in any table", async () => {
    for (const table of ["urgence_people", "urgence_consents", "urgence_encounters", "urgence_status_events"] as const) {
      const rows = await t.database.db.selectFrom(table).selectAll().execute();
      const text = JSON.stringify(rows).toLowerCase();
      expect({ table, found: pieces.filter((p) => text.includes(p.toLowerCase())) }).toEqual({ table, found: [] });
    }
  });
});
