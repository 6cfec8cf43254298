import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, TestApp } from "../helpers/test-app.ts";
import { purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";

describe("urgence: duplicates, local policy, bad input, logs", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
  });
  afterAll(() => t.close());

  it("suggests the demo's cross-team duplicates; merge and split are audited and reversible", async () => {
    const res = await api.get(`/api/urgence/duplicates?networkId=${network}`, s.coordinator);
    expect(res.statusCode).toBe(200);
    const suggestions = res.json().suggestions as {
      a: { id: string; organisationId: string };
      b: { id: string; organisationId: string };
      reasons: string[];
    }[];
    const cross = suggestions.filter((x) => x.a.organisationId !== x.b.organisationId);
    expect(cross.length).toBeGreaterThanOrEqual(3);
    const { a, b } = cross[0]!;
    expect((await api.post(`/api/urgence/people/${a.id}/merge`, s.phare, { intoId: b.id, purpose })).statusCode).not.toBe(200);
    const merged = await api.post(`/api/urgence/people/${a.id}/merge`, s.coordinator, { intoId: b.id, purpose: "doublon confirmé" });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().id).toBe(b.id);
    const list = (await api.get("/api/urgence/people?limit=500", s.coordinator)).json().people.map((p: { id: string }) => p.id);
    expect(list).not.toContain(a.id);
    const timeline = (await api.get(`/api/urgence/people/${b.id}/timeline`, s.coordinator)).json().items as { type: string }[];
    expect(timeline.filter((i) => i.type === "status").length).toBeGreaterThanOrEqual(2);
    expect((await api.post(`/api/urgence/people/${a.id}/merge`, s.coordinator, { intoId: b.id, purpose })).json().error.code).toBe(
      "URGENCE_MERGE_INVALID",
    );
    const split = await api.post(`/api/urgence/people/${a.id}/split`, s.coordinator, { purpose: "deux personnes distinctes" });
    expect(split.statusCode).toBe(200);
    expect(split.json().mergedIntoId).toBeNull();
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("resource_id", "=", a.id).execute();
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["merge", "split"]));
  });

  it("lets the SIAO set its local policy and apply the inactivity rule", async () => {
    const settings = {
      inactivityDays: 30,
      priority: {
        criteria: [
          { code: "with_children", points: 20 },
          { code: "woman_alone", points: 8 },
        ],
        pointsPerWaitingNight: 2,
        maxWaitingPoints: 40,
      },
      purpose: "politique locale votée en comité",
    };
    expect((await api.put(`/api/urgence/networks/${network}/settings`, s.operator, settings)).statusCode).toBe(403);
    expect((await api.put(`/api/urgence/networks/${network}/settings`, s.coordinator84, settings)).statusCode).toBe(404);
    expect(
      (
        await api.put(`/api/urgence/networks/${network}/settings`, s.coordinator, {
          ...settings,
          priority: { ...settings.priority, criteria: [{ code: "vi_spdat", points: 5 }] },
        })
      ).statusCode,
    ).toBe(400);
    const put = await api.put(`/api/urgence/networks/${network}/settings`, s.coordinator, settings);
    expect(put.statusCode).toBe(200);
    expect((await api.get(`/api/urgence/networks/${network}/settings`, s.viewer)).json().inactivityDays).toBe(30);
    const before = (await api.get(`/api/urgence/dashboard?networkId=${network}&months=1`, s.viewer)).json();
    const applied = await api.post("/api/urgence/inactivity", s.coordinator, { networkId: network, purpose: "revue mensuelle" });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().inactivityDays).toBe(30);
    expect(applied.json().movedToInactive).toBeGreaterThan(0);
    const after = (await api.get(`/api/urgence/dashboard?networkId=${network}&months=1`, s.viewer)).json();
    const all = (d: { rows: { cohort: string; activelyHomeless: number }[] }) => d.rows.find((r) => r.cohort === "all")!.activelyHomeless;
    expect(all(after)).toBe(all(before) - applied.json().movedToInactive);
    const networks = (await api.get("/api/urgence/networks", s.phare)).json().networks;
    expect(networks).toHaveLength(1);
    expect(networks[0].members.length).toBeGreaterThan(5);
  });

  it("answers random bodies with a 4xx and a code, never a 500", async () => {
    const urls = ["/api/urgence/people", "/api/urgence/encounters", "/api/urgence/requests", "/api/urgence/matching"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...urls),
        fc.dictionary(
          fc.constantFrom(
            "organisationId",
            "personId",
            "alias",
            "networkId",
            "kind",
            "adults",
            "children",
            "channel",
            "livingSituation",
            "purpose",
            "consent",
            "date",
          ),
          fc.jsonValue(),
        ),
        async (url, body) => {
          const res = await api.post(url, s.operator, body);
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) expect(typeof res.json().error.code).toBe("string");
        },
      ),
      { numRuns: 120 },
    );
    for (const url of [
      "/api/urgence/people/nope",
      "/api/urgence/requests/nope",
      "/api/urgence/structures/nope/availability?date=2026-13-45",
      `/api/urgence/dashboard?networkId=${network}&months=999`,
    ]) {
      const res = await api.get(url, s.coordinator);
      expect(res.statusCode).toBe(400);
    }
  });

  it("keeps names out of the logs", async () => {
    const created = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      firstName: "Onésime",
      lastName: "Invisibledanslelog",
      purpose,
    });
    await api.get(`/api/urgence/people?q=Invisibledanslelog`, s.phare);
    await api.get(`/api/urgence/people/${created.json().id}`, s.phare);
    const text = t.logs.join("");
    expect(text).toContain("/api/urgence/people");
    expect(text).not.toContain("Invisibledanslelog");
    expect(text).not.toContain("Onésime");
  });
});
