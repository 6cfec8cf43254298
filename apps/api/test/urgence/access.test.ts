import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, TestApp } from "../helpers/test-app.ts";
import { daysFromNow, purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";

describe("urgence: who sees a person of the by-name list", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  let personId: string;
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
    const res = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      alias: "Zorglub Testeur",
      birthYear: 1980,
      gender: "male",
      consent: { purposes: ["orientation"], audiences: [{ type: "organisation", id: s.phare.organisationId }] },
      purpose,
    });
    expect(res.statusCode).toBe(201);
    personId = res.json().id;
  });
  afterAll(() => t.close());

  it("refuses everything without a session (401)", async () => {
    for (const url of ["/api/urgence/people", `/api/urgence/people/${personId}`, `/api/urgence/dashboard?networkId=${network}`]) {
      const res = await api.get(url);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("UNAUTHENTICATED");
    }
    expect((await api.post("/api/urgence/matching", undefined, { networkId: network, purpose })).statusCode).toBe(401);
  });

  it("shows the record to its owner, and audits the read with its purpose", async () => {
    const res = await api.get(`/api/urgence/people/${personId}?purpose=${encodeURIComponent("préparer la maraude")}`, s.phare);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ alias: "Zorglub Testeur", access: "owner", listStatus: "active" });
    const entry = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("resource_id", "=", personId)
      .where("action", "=", "read")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ purpose: "préparer la maraude", actor_user_id: s.phare.userId, resource_type: "urgence_person" });
  });

  it("hides it from a maraude of another organisation until consent covers it (404, not in lists)", async () => {
    expect((await api.get(`/api/urgence/people/${personId}`, s.fanal)).statusCode).toBe(404);
    const list = await api.get("/api/urgence/people?limit=500&q=zorglub", s.fanal);
    expect(list.statusCode).toBe(200);
    expect(list.json().people).toEqual([]);
    expect(
      (
        await api.post("/api/urgence/encounters", s.fanal, {
          organisationId: s.fanal.organisationId,
          personId,
          channel: "maraude",
          livingSituation: "street",
          purpose,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("lets consent to the SIAO network open it to the network's teams, and withdrawal close it", async () => {
    const given = await api.post(`/api/urgence/people/${personId}/consents`, s.phare, {
      purposes: ["orientation", "follow_up"],
      audiences: [{ type: "network", id: network }],
      purpose,
    });
    expect(given.statusCode).toBe(201);
    const consentId = given.json().consent.id;
    const seen = await api.get(`/api/urgence/people/${personId}`, s.fanal);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().access).toBe("consent");
    expect((await api.get("/api/urgence/people?q=zorglub", s.fanal)).json().people).toHaveLength(1);
    // Another network's maraude never sees it.
    expect((await api.get(`/api/urgence/people/${personId}`, s.ventoux)).statusCode).toBe(404);
    const withdrawn = await api.post(`/api/urgence/people/${personId}/consents/${consentId}/withdraw`, s.phare, { purpose });
    expect(withdrawn.statusCode).toBe(204);
    expect((await api.get(`/api/urgence/people/${personId}`, s.fanal)).statusCode).toBe(404);
    expect((await api.post(`/api/urgence/people/${personId}/consents/${consentId}/withdraw`, s.phare, { purpose })).json().error.code).toBe(
      "URGENCE_CONSENT_WITHDRAWN",
    );
  });

  it("shows every network record to the SIAO coordinator, even without consent", async () => {
    const res = await api.get(`/api/urgence/people/${personId}`, s.coordinator);
    expect(res.statusCode).toBe(200);
    expect(res.json().access).toBe("siao");
    expect((await api.get(`/api/urgence/people/${personId}`, s.coordinator84)).statusCode).toBe(404);
  });

  it("never gives a name to a viewer: 403 on people, aggregates only on the dashboard", async () => {
    expect((await api.get("/api/urgence/people", s.viewer)).statusCode).toBe(403);
    expect((await api.get(`/api/urgence/people/${personId}/timeline`, s.viewer)).statusCode).toBe(404);
    expect((await api.get(`/api/urgence/duplicates?networkId=${network}`, s.viewer)).statusCode).toBe(403);
    const dash = await api.get(`/api/urgence/dashboard?networkId=${network}`, s.viewer);
    expect(dash.statusCode).toBe(200);
    const csv = await api.get(`/api/urgence/dashboard.csv?networkId=${network}`, s.viewer);
    expect(csv.statusCode).toBe(200);
    const names = await t.database.db.selectFrom("urgence_people").select(["alias", "first_name", "last_name", "id"]).execute();
    const text = dash.body + csv.body;
    for (const n of names) {
      for (const v of [n.alias, n.last_name, n.id]) if (v) expect(text).not.toContain(v);
    }
    // A viewer outside the network (CAF) does not even see the network.
    expect((await api.get(`/api/urgence/dashboard?networkId=${network}`, s.cafViewer)).statusCode).toBe(404);
  });

  it("lets structure staff see only people oriented to their own structures", async () => {
    expect((await api.get(`/api/urgence/people/${personId}`, s.abri)).statusCode).toBe(404);
    const list = await api.get("/api/urgence/people?limit=500", s.abri);
    expect(list.statusCode).toBe(200);
    const ids = list.json().people.map((p: { id: string }) => p.id);
    const oriented = await t.database.db
      .selectFrom("urgence_requests")
      .innerJoin("urgence_structures", "urgence_structures.id", "urgence_requests.proposed_structure_id")
      .select("urgence_requests.person_id")
      .where("urgence_structures.organisation_id", "=", s.abri.organisationId)
      .where("urgence_requests.status", "in", ["proposed", "accepted", "arrived"])
      .execute();
    expect(new Set(ids)).toEqual(new Set(oriented.map((o) => o.person_id)));
  });

  it("lets structure staff declare places for their own structures only", async () => {
    const structures = (await api.get(`/api/urgence/structures?networkId=${network}`, s.abri)).json() as {
      id: string;
      organisationId: string;
    }[];
    const own = structures.find((x) => x.organisationId === s.abri.organisationId)!;
    const other = structures.find((x) => x.organisationId === s.toits.organisationId)!;
    const body = { date: daysFromNow(25), lines: [{ public: "men", unitCapacity: 1, freeUnits: 3 }] };
    const ok = await api.put(`/api/urgence/structures/${own.id}/availability`, s.abri, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().lines[0]).toMatchObject({ public: "men", freeUnits: 3, remainingUnits: 3 });
    const denied = await api.put(`/api/urgence/structures/${other.id}/availability`, s.abri, body);
    expect(denied.statusCode).toBe(404);
    expect((await api.put(`/api/urgence/structures/${own.id}/availability`, s.phare, body)).statusCode).toBe(404);
    expect((await api.put(`/api/urgence/structures/${own.id}/availability`, s.abri, { ...body, date: "demain" })).statusCode).toBe(400);
    expect((await api.get(`/api/urgence/structures?networkId=${network}`, s.ventoux)).statusCode).toBe(404);
  });

  it("erases only on an audited erasure request by a coordinator", async () => {
    expect((await api.post(`/api/urgence/people/${personId}/erasure`, s.phare, { purpose })).statusCode).toBe(403);
    const res = await api.post(`/api/urgence/people/${personId}/erasure`, s.coordinator, {
      purpose: "demande d'effacement de la personne",
    });
    expect(res.statusCode).toBe(204);
    expect((await api.get(`/api/urgence/people/${personId}`, s.coordinator)).statusCode).toBe(404);
    const entry = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("resource_id", "=", personId)
      .where("action", "=", "erase")
      .executeTakeFirstOrThrow();
    expect(entry.purpose).toBe("demande d'effacement de la personne");
  });
});
