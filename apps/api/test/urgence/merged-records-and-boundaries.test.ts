import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, TestApp } from "../helpers/test-app.ts";
import { daysFromNow, purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";

// Defects reported by the review (merged records, erasure, other networks, audit, consent dates).
describe("urgence: merged records and their erasure, network boundaries, audit of side effects, consent dates", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
  });
  afterAll(() => t.close());

  async function person(who: Who, alias: string, consent?: object): Promise<string> {
    const res = await api.post("/api/urgence/people", s[who], {
      organisationId: s[who].organisationId,
      alias,
      ...(consent ? { consent } : {}),
      purpose,
    });
    expect(res.statusCode).toBe(201);
    return res.json().id;
  }
  async function encounter(who: Who, personId: string): Promise<string> {
    const res = await api.post("/api/urgence/encounters", s[who], {
      organisationId: s[who].organisationId,
      personId,
      channel: "maraude",
      livingSituation: "street",
      purpose,
    });
    expect(res.statusCode).toBe(201);
    return res.json().id;
  }
  /** A consent audience naming another network's organisation, as older data may hold. */
  async function openTo(personId: string, organisationId: string) {
    const consent = await t.database.db
      .selectFrom("urgence_consents")
      .select("id")
      .where("person_id", "=", personId)
      .where("withdrawn_at", "is", null)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("urgence_consent_audiences")
      .values({ consent_id: consent.id, audience_type: "organisation", audience_id: organisationId })
      .execute();
  }
  const auditOf = (resourceId: string, action: string) =>
    t.database.db.selectFrom("audit_log").selectAll().where("resource_id", "=", resourceId).where("action", "=", action).execute();

  it("shows on a merged record's timeline only the records of the group the caller reaches", async () => {
    const x = await person("fanal", "Doublon Fanal");
    const h = await person("phare", "Fiche Phare", {
      purposes: ["follow_up"],
      audiences: [{ type: "organisation", id: s.phare.organisationId }],
    });
    const onX = await encounter("fanal", x);
    const onH = await encounter("phare", h);
    expect((await api.post(`/api/urgence/people/${x}/merge`, s.coordinator, { intoId: h, purpose: "doublon confirmé" })).statusCode).toBe(
      200,
    );
    expect((await api.get(`/api/urgence/people/${h}`, s.fanal)).statusCode).toBe(404);

    // Denial: Fanal does not reach H, so neither its history nor its id.
    expect((await api.get(`/api/urgence/people/${x}`, s.fanal)).json().mergedIntoId).toBeNull();
    const hidden = await api.get(`/api/urgence/people/${x}/timeline`, s.fanal);
    expect(hidden.statusCode).toBe(200);
    const hiddenIds = hidden.json().items.map((i: { id: string }) => i.id);
    expect(hiddenIds).toContain(onX);
    expect(hiddenIds).not.toContain(onH);
    expect(await auditOf(h, "read_timeline")).toHaveLength(0);
    // Nor does Phare see Fanal's duplicate through its own record.
    const fromH = (await api.get(`/api/urgence/people/${h}/timeline`, s.phare)).json().items.map((i: { id: string }) => i.id);
    expect(fromH).toContain(onH);
    expect(fromH).not.toContain(onX);

    // Access: the SIAO coordinator sees both histories; once H's consent names Fanal, Fanal too.
    const all = (await api.get(`/api/urgence/people/${h}/timeline`, s.coordinator)).json().items.map((i: { id: string }) => i.id);
    expect(all).toEqual(expect.arrayContaining([onX, onH]));
    await openTo(h, s.fanal.organisationId);
    expect((await api.get(`/api/urgence/people/${x}`, s.fanal)).json().mergedIntoId).toBe(h);
    const shared = (await api.get(`/api/urgence/people/${x}/timeline`, s.fanal)).json().items.map((i: { id: string }) => i.id);
    expect(shared).toEqual(expect.arrayContaining([onX, onH]));
    const reads = (await auditOf(h, "read_timeline")).filter((e) => e.actor_user_id === s.fanal.userId);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.organisation_id).toBe(s.phare.organisationId);
  });

  it("erases only the duplicate when a duplicate is erased, the root with its duplicates, each audited under its owner", async () => {
    const root = await person("phare", "Racine Effacement");
    const dupA = await person("fanal", "Doublon A Effacement");
    const dupB = await person("fanal", "Doublon B Effacement");
    for (const d of [dupA, dupB])
      expect((await api.post(`/api/urgence/people/${d}/merge`, s.coordinator, { intoId: root, purpose })).statusCode).toBe(200);
    const exists = async (id: string) =>
      (await t.database.db.selectFrom("urgence_people").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

    expect((await api.post(`/api/urgence/people/${dupA}/erasure`, s.coordinator, { purpose: "effacement demandé" })).statusCode).toBe(204);
    expect(await exists(dupA)).toBe(false);
    expect(await exists(root)).toBe(true);
    expect(await exists(dupB)).toBe(true);
    expect((await auditOf(dupA, "erase"))[0]!.organisation_id).toBe(s.fanal.organisationId);
    expect(await auditOf(root, "erase")).toHaveLength(0);

    expect((await api.post(`/api/urgence/people/${root}/erasure`, s.coordinator, { purpose: "effacement demandé" })).statusCode).toBe(204);
    expect(await exists(root)).toBe(false);
    expect(await exists(dupB)).toBe(false);
    expect((await auditOf(root, "erase"))[0]!.organisation_id).toBe(s.phare.organisationId);
    expect((await auditOf(dupB, "erase"))[0]!.organisation_id).toBe(s.fanal.organisationId);
  });

  it("keeps merge, split and request decisions to the records' own network", async () => {
    const consent = { purposes: ["orientation"], audiences: [{ type: "network", id: network }] };
    const a = await person("phare", "Fusion Autre Réseau A", consent);
    const b = await person("fanal", "Fusion Autre Réseau B", consent);
    await openTo(a, s.coordinator84.organisationId);
    await openTo(b, s.coordinator84.organisationId);
    expect((await api.get(`/api/urgence/people/${a}`, s.coordinator84)).json().access).toBe("consent");

    // Denial: another network's coordinator reaches them only through consent.
    expect((await api.post(`/api/urgence/people/${a}/merge`, s.coordinator84, { intoId: b, purpose })).statusCode).toBe(404);
    expect(
      (await t.database.db.selectFrom("urgence_people").select("merged_into_id").where("id", "=", a).executeTakeFirstOrThrow())
        .merged_into_id,
    ).toBeNull();
    // Access: the SIAO coordinator merges; the other network's coordinator cannot split.
    expect((await api.post(`/api/urgence/people/${a}/merge`, s.coordinator, { intoId: b, purpose })).statusCode).toBe(200);
    expect((await api.post(`/api/urgence/people/${a}/split`, s.coordinator84, { purpose })).statusCode).toBe(404);
    const split = await api.post(`/api/urgence/people/${a}/split`, s.coordinator, { purpose });
    expect(split.statusCode).toBe(200);
    expect((await auditOf(b, "split_from"))[0]!.organisation_id).toBe(s.fanal.organisationId);

    const request = await api.post("/api/urgence/requests", s.operator, {
      organisationId: s.operator.organisationId,
      personId: a,
      kind: "urgence",
      adults: 1,
      children: 0,
      purpose,
    });
    expect(request.statusCode).toBe(201);
    const id = request.json().id;
    const end = { to: "ended", destination: "street", purpose };
    expect((await api.post(`/api/urgence/requests/${id}/transition`, s.coordinator84, end)).statusCode).toBe(404);
    expect((await api.get(`/api/urgence/requests/${id}`, s.operator)).json().status).toBe("open");
    const ended = await api.post(`/api/urgence/requests/${id}/transition`, s.operator, end);
    expect(ended.statusCode).toBe(200);
    expect(ended.json().status).toBe("ended");
  });

  it("refuses consent audiences outside the recording organisation's network", async () => {
    const outside = [
      { type: "network", id: s.coordinator84.organisationId },
      { type: "organisation", id: s.ventoux.organisationId },
    ];
    for (const audience of outside) {
      const created = await api.post("/api/urgence/people", s.phare, {
        organisationId: s.phare.organisationId,
        alias: "Audience Hors Réseau",
        consent: { purposes: ["orientation"], audiences: [audience] },
        purpose,
      });
      expect(created.statusCode).toBe(400);
      expect(created.json().error.code).toBe("URGENCE_AUDIENCE_OUTSIDE_NETWORK");
    }
    const id = await person("phare", "Audience Dans Le Réseau", {
      purposes: ["orientation"],
      audiences: [
        { type: "network", id: network },
        { type: "organisation", id: s.fanal.organisationId },
      ],
    });
    for (const audience of outside) {
      const given = await api.post(`/api/urgence/people/${id}/consents`, s.phare, {
        purposes: ["orientation"],
        audiences: [audience],
        purpose,
      });
      expect(given.statusCode).toBe(400);
      expect(given.json().error.code).toBe("URGENCE_AUDIENCE_OUTSIDE_NETWORK");
    }
    expect((await api.get(`/api/urgence/people/${id}`, s.ventoux)).statusCode).toBe(404);
    const ok = await api.post(`/api/urgence/people/${id}/consents`, s.phare, {
      purposes: ["orientation"],
      audiences: [{ type: "organisation", id: s.operator.organisationId }],
      purpose,
    });
    expect(ok.statusCode).toBe(201);
  });

  it("audits the status change a request's end makes, and each person a matching dry run shows", async () => {
    const id = await person("phare", "Fin Vers Logement", { purposes: ["orientation"], audiences: [{ type: "network", id: network }] });
    const request = await api.post("/api/urgence/requests", s.operator, {
      organisationId: s.operator.organisationId,
      personId: id,
      kind: "urgence",
      adults: 1,
      children: 0,
      purpose,
    });
    const ended = await api.post(`/api/urgence/requests/${request.json().id}/transition`, s.operator, {
      to: "ended",
      destination: "housing",
      purpose: "relogement",
    });
    expect(ended.statusCode).toBe(200);
    expect((await api.get(`/api/urgence/people/${id}`, s.phare)).json().listStatus).toBe("housed");
    const status = await auditOf(id, "update_status");
    expect(status).toHaveLength(1);
    expect(status[0]).toMatchObject({ organisation_id: s.phare.organisationId, actor_user_id: s.operator.userId, purpose: "relogement" });

    const dry = "test : simulation d'orientation";
    const run = await api.post("/api/urgence/matching", s.operator, {
      networkId: network,
      date: daysFromNow(26),
      dryRun: true,
      purpose: dry,
    });
    expect(run.statusCode).toBe(200);
    const shown = new Set<string>(run.json().items.map((i: { personId: string }) => i.personId));
    expect(shown.size).toBeGreaterThan(0);
    const reads = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("purpose", "=", dry)
      .where("action", "=", "read")
      .where("resource_type", "=", "urgence_person")
      .execute();
    expect(new Set(reads.map((r) => r.resource_id))).toEqual(shown);
    expect(reads).toHaveLength(shown.size);
    // A dry run changes nothing: no request was proposed.
    expect((await api.get(`/api/urgence/requests/${run.json().items[0].requestId}`, s.operator)).json().status).not.toBe("proposed");
  });

  it("normalises a consent's givenAt, refuses a future or impossible one, and withdraws the previous consent at server time", async () => {
    // In the future: its own code; no date at all: the format's.
    const bad: [string, string][] = [
      ["2999-01-01T00:00:00Z", "DATE_IN_FUTURE"],
      [new Date(Date.now() + 3_600_000).toISOString(), "DATE_IN_FUTURE"],
      ["2026-02-30T10:00:00Z", "VALIDATION_FAILED"],
      ["pas une date", "VALIDATION_FAILED"],
    ];
    for (const [givenAt, code] of bad) {
      const res = await api.post("/api/urgence/people", s.phare, {
        organisationId: s.phare.organisationId,
        alias: "Date Future",
        consent: { purposes: ["orientation"], audiences: [], givenAt },
        purpose,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code, givenAt).toBe(code);
      expect(res.json().error.details).toBeDefined();
    }
    const id = await person("phare", "Date Normalisée", {
      purposes: ["orientation"],
      audiences: [],
      givenAt: "2026-01-05T10:00:00+02:00",
    });
    const first = (await api.get(`/api/urgence/people/${id}`, s.phare)).json().consent;
    expect(first.givenAt).toBe("2026-01-05T08:00:00.000Z");
    const future = await api.post(`/api/urgence/people/${id}/consents`, s.phare, {
      purposes: ["orientation"],
      audiences: [],
      givenAt: "2999-01-01T00:00:00Z",
      purpose,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe("DATE_IN_FUTURE");

    const before = Date.now();
    const second = await api.post(`/api/urgence/people/${id}/consents`, s.phare, {
      purposes: ["follow_up"],
      audiences: [],
      givenAt: "2026-01-01T00:00:00.000Z",
      purpose,
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().consent.givenAt).toBe("2026-01-01T00:00:00.000Z");
    const previous = await t.database.db.selectFrom("urgence_consents").selectAll().where("id", "=", first.id).executeTakeFirstOrThrow();
    expect(Date.parse(previous.withdrawn_at!)).toBeGreaterThanOrEqual(before - 1000);
  });
});
