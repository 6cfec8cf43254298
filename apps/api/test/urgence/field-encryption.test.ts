import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { uuidv7 } from "@zero/db";
import { fieldCipher, keyringOf, parseFieldKeys, rotateFieldKeys, sealedKeyId } from "@zero/db/field-encryption";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { AppConfig } from "../../src/config.ts";
import { TEST_FIELD_ENCRYPTION_KEYS } from "../../src/field-encryption/config.ts";
import { login, type Session, type TestApp } from "../helpers/test-app.ts";
import { client, purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";

// Notes, places and needs are sealed at rest (ADR 0019): what the API gives back is what was
// written, what the database holds is not, rows written before encryption still read, and a
// key that does not open them gives a clear error, never ciphertext or garbage.

const NOTES = "Fictif : douleur au genou droit, suivi à la PASS de la Timone";
const ADDRESS = "12 rue Fictive, 13001 Marseille";
const newKey = () => randomBytes(32).toString("base64");

interface EncounterOut {
  id: string;
  notes: string | null;
  address: string | null;
  needsExpressed: string[];
}

describe("field encryption at rest (notes, places, needs)", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  let personId: string;
  let otherId: string;
  let encounterId: string;
  let requestId: string;
  const extraApps: FastifyInstance[] = [];

  /** A second app on the same database, with other keys (as after a restart with a new configuration). */
  async function appWith(keys: string): Promise<{ app: FastifyInstance; session: Session; logs: string[] }> {
    const config: AppConfig = { ...t.config, fieldEncryptionKeys: parseFieldKeys(keys) };
    const logs: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString("utf8"));
        done();
      },
    });
    const app = await buildApp({ config, database: t.database, logger: { level: "error", stream } });
    await app.ready();
    extraApps.push(app);
    return { app, session: await login(app, "maraude@phare-marseille.example"), logs };
  }

  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
    const consent = { purposes: ["orientation", "follow_up"], audiences: [{ type: "network", id: network }] };
    const person = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      firstName: "Fictive",
      lastName: "Chiffrée",
      birthYear: 1990,
      gender: "female",
      needs: ["pregnancy", "reduced_mobility"],
      consent,
      purpose,
    });
    expect(person.statusCode).toBe(201);
    personId = person.json().id;
    const other = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      alias: "Autre Fictif",
      needs: ["pets"],
      consent,
      purpose,
    });
    otherId = other.json().id;
    const encounter = await api.post("/api/urgence/encounters", s.phare, {
      organisationId: s.phare.organisationId,
      personId,
      channel: "maraude",
      latitude: 43.3027,
      longitude: 5.3806,
      address: ADDRESS,
      livingSituation: "street",
      needsExpressed: ["health", "shelter"],
      notes: NOTES,
      purpose,
    });
    expect(encounter.statusCode).toBe(201);
    encounterId = encounter.json().id;
    const request = await api.post("/api/urgence/requests", s.operator, {
      organisationId: s.operator.organisationId,
      personId,
      kind: "urgence",
      adults: 1,
      children: 0,
      needs: ["medical_care", "pregnancy"],
      purpose,
    });
    expect(request.statusCode).toBe(201);
    requestId = request.json().id;
  });
  afterAll(async () => {
    for (const app of extraApps) await app.close();
    await t.close();
  });

  it("gives back through the API what was written: person, encounter, request, timeline", async () => {
    const person = (await api.get(`/api/urgence/people/${personId}`, s.phare)).json();
    expect(person.needs).toEqual(["pregnancy", "reduced_mobility"]);
    const phare = s.phare.organisationId;
    const list = (await api.get(`/api/urgence/people?organisationId=${phare}&q=chiffree`, s.phare)).json();
    expect(list.people.map((p: { id: string; needs: string[] }) => [p.id, p.needs])).toEqual([
      [personId, ["pregnancy", "reduced_mobility"]],
    ]);
    const encounters = (await api.get(`/api/urgence/encounters?organisationId=${phare}`, s.phare)).json();
    const mine = (encounters as EncounterOut[]).find((e) => e.id === encounterId)!;
    expect(mine).toMatchObject({ notes: NOTES, address: ADDRESS, needsExpressed: ["health", "shelter"] });
    const request = (await api.get(`/api/urgence/requests/${requestId}`, s.operator)).json();
    expect(request.needs).toEqual(["medical_care", "pregnancy"]);
    const timeline = JSON.stringify((await api.get(`/api/urgence/people/${personId}/timeline`, s.phare)).json());
    expect(timeline).toContain(NOTES);
    expect(timeline).not.toContain("enc:v1");
  });

  it("keeps no plaintext in the columns: each value sealed with the current key, lengths padded", async () => {
    const db = t.database.db;
    const e = await db.selectFrom("urgence_encounters").selectAll().where("id", "=", encounterId).executeTakeFirstOrThrow();
    for (const value of [e.notes!, e.address!, e.needs_expressed]) {
      expect(sealedKeyId(value)).toBe("test");
      for (const clear of ["genou", "Timone", "Fictive", "13001", "health", "shelter"]) {
        expect(value).not.toContain(clear);
      }
    }
    const people = await db.selectFrom("urgence_people").select(["id", "needs"]).where("id", "in", [personId, otherId]).execute();
    for (const p of people) {
      expect(sealedKeyId(p.needs)).toBe("test");
      expect(p.needs).not.toMatch(/pregnancy|reduced_mobility|pets/);
    }
    // `["pets"]` and `["pregnancy","reduced_mobility"]`: the same sealed length, the codes do not show through.
    expect(people[0]!.needs.length).toBe(people[1]!.needs.length);
    const r = await db.selectFrom("urgence_requests").select("needs").where("id", "=", requestId).executeTakeFirstOrThrow();
    expect(sealedKeyId(r.needs)).toBe("test");
    expect(r.needs).not.toMatch(/medical_care|pregnancy/);
    // Searching people still works: it reads search_text (names), never the sealed columns.
    const found = (await api.get(`/api/urgence/people?q=${encodeURIComponent("Chiffrée")}`, s.phare)).json();
    expect(found.people.map((p: { id: string }) => p.id)).toContain(personId);
  });

  it("still reads rows written in plaintext before encryption, and seals them on their next write", async () => {
    // The demo data is written directly, in plaintext: a legacy database.
    const legacy = await t.database.db
      .selectFrom("urgence_people")
      .select(["id", "needs"])
      .where("organisation_id", "=", s.phare.organisationId)
      .where("needs", "like", '["%')
      .where("merged_into_id", "is", null)
      .limit(1)
      .executeTakeFirstOrThrow();
    const read = (await api.get(`/api/urgence/people/${legacy.id}`, s.phare)).json();
    expect(read.needs).toEqual(JSON.parse(legacy.needs));
    const legacyEncounter = uuidv7();
    await t.database.db
      .insertInto("urgence_encounters")
      .values({
        id: legacyEncounter,
        person_id: legacy.id,
        organisation_id: s.phare.organisationId,
        recorded_by_user_id: s.phare.userId,
        channel: "maraude",
        occurred_at: "2030-01-02T20:00:00.000Z",
        latitude: null,
        longitude: null,
        address: "Quai fictif",
        sector: null,
        living_situation: "street",
        needs_expressed: '["food"]',
        services_given: "[]",
        notes: "note écrite avant le chiffrement",
        created_at: "2030-01-02T20:00:00.000Z",
      })
      .execute();
    const list = (await api.get(`/api/urgence/encounters?organisationId=${s.phare.organisationId}`, s.phare)).json();
    expect((list as EncounterOut[]).find((e) => e.id === legacyEncounter)).toMatchObject({
      notes: "note écrite avant le chiffrement",
      address: "Quai fictif",
      needsExpressed: ["food"],
    });
    const patched = await api.patch(`/api/urgence/people/${legacy.id}`, s.phare, { needs: ["medical_care"], purpose });
    expect(patched.statusCode).toBe(200);
    const after = await t.database.db.selectFrom("urgence_people").select("needs").where("id", "=", legacy.id).executeTakeFirstOrThrow();
    expect(sealedKeyId(after.needs)).toBe("test");
    expect((await api.get(`/api/urgence/people/${legacy.id}`, s.phare)).json().needs).toEqual(["medical_care"]);
  });

  it("refuses with a clear error, not garbage, when no configured key opens a value", async () => {
    const cases = [
      // The id the values name is missing; the id is there, with other bytes.
      { keys: `other:${newKey()}`, logged: /^urgence_encounters\.\w+ of row \S+ is sealed with key "test", which / },
      { keys: `test:${newKey()}`, logged: /urgence_encounters\.\w+ of row \S+ does not open with key "test"/ },
    ];
    for (const { keys, logged } of cases) {
      const { app, session, logs } = await appWith(keys);
      const url = `/api/urgence/encounters?organisationId=${s.phare.organisationId}`;
      const read = await client({ ...t, app }).get(url, session);
      expect(read.statusCode).toBe(500);
      expect(read.json().error.code).toBe("FIELD_KEY_UNAVAILABLE");
      expect(read.body).not.toContain("enc:v1");
      expect(read.body).not.toContain("genou");
      // The operator's log says which column, row and key; never the content.
      const messages = logs.map((l) => (JSON.parse(l) as { err?: { message?: string } }).err?.message ?? "");
      expect(
        messages.some((m) => logged.test(m)),
        messages.join("\n"),
      ).toBe(true);
      expect(logs.join("")).not.toMatch(/genou|enc:v1/);
    }
    // A sealed value copied onto another row does not open there either (the row is bound to it).
    const db = t.database.db;
    const needsOf = async (id: string) =>
      (await db.selectFrom("urgence_people").select("needs").where("id", "=", id).executeTakeFirstOrThrow()).needs;
    const sealed = await needsOf(personId);
    const before = await needsOf(otherId);
    await db.updateTable("urgence_people").set({ needs: sealed }).where("id", "=", otherId).execute();
    const moved = await api.get(`/api/urgence/people/${otherId}`, s.phare);
    expect(moved.json().error.code).toBe("FIELD_KEY_UNAVAILABLE");
    await db.updateTable("urgence_people").set({ needs: before }).where("id", "=", otherId).execute();
    expect((await api.get(`/api/urgence/people/${otherId}`, s.phare)).json().needs).toEqual(["pets"]);
  });

  it("rotates: a new current key, every value sealed again, plaintext included; the old key can go", async () => {
    const next = `k2:${newKey()}`;
    const cipher = fieldCipher(keyringOf(parseFieldKeys(`${next},${TEST_FIELD_ENCRYPTION_KEYS}`)));
    const dry = await rotateFieldKeys(t.database.db, cipher, { dryRun: true });
    const people = dry.tables.find((x) => x.table === "urgence_people")!;
    expect(people.valuesByKey.test).toBeGreaterThanOrEqual(2);
    expect(people.valuesByKey.plaintext).toBeGreaterThan(0);
    expect(people.resealed).toBe(people.rows);
    const report = await rotateFieldKeys(t.database.db, cipher);
    expect(report.tables.map((x) => x.resealed)).toEqual(dry.tables.map((x) => x.resealed));
    const again = await rotateFieldKeys(t.database.db, cipher, { dryRun: true });
    for (const table of again.tables) {
      expect(table.resealed).toBe(0);
      expect(Object.keys(table.valuesByKey)).toEqual(table.rows ? ["k2"] : []);
    }
    const audit = await t.database.db.selectFrom("audit_log").select("purpose").where("action", "=", "field_key_rotated").execute();
    expect(audit).toHaveLength(1);
    // Only the new key now: everything reads, the old key is no longer needed.
    const { app, session } = await appWith(next);
    const url = `/api/urgence/encounters?organisationId=${s.phare.organisationId}`;
    const read = await client({ ...t, app }).get(url, session);
    expect(read.statusCode).toBe(200);
    expect((read.json() as EncounterOut[]).find((e) => e.id === encounterId)?.notes).toBe(NOTES);
    const person = await client({ ...t, app }).get(`/api/urgence/people/${personId}`, session);
    expect(person.json().needs).toEqual(["pregnancy", "reduced_mobility"]);
  });
});
