import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, TestApp } from "../helpers/test-app.ts";
import { daysFromNow, purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";

// Nights after the seed's tonight and tomorrow, so that the demo's declarations never
// interfere, and within the planning horizon.
const NIGHT = daysFromNow(20);
const TOMORROW = daysFromNow(21);

describe("urgence: encounter → request → places → orientation → arrival → dashboard", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  let personId: string;
  let familyId: string;
  let requestId: string;
  let familyRequestId: string;
  let structureId: string;
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
  });
  afterAll(() => t.close());

  it("a maraude records a new person and an encounter", async () => {
    const person = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      firstName: "Fictif",
      lastName: "Passant",
      birthYear: 1975,
      gender: "female",
      needs: ["pets"],
      consent: { purposes: ["orientation", "follow_up"], audiences: [{ type: "network", id: network }] },
      purpose,
    });
    expect(person.statusCode).toBe(201);
    personId = person.json().id;
    const encounter = await api.post("/api/urgence/encounters", s.phare, {
      organisationId: s.phare.organisationId,
      personId,
      channel: "maraude",
      latitude: 43.3027,
      longitude: 5.3806,
      sector: "Gare Saint-Charles",
      livingSituation: "street",
      needsExpressed: ["shelter"],
      servicesGiven: ["meal"],
      purpose,
    });
    expect(encounter.statusCode).toBe(201);
    const family = await api.post("/api/urgence/people", s.operator, {
      organisationId: s.operator.organisationId,
      alias: "Famille Test",
      householdAdults: 2,
      householdChildren: 3,
      consent: { purposes: ["orientation"], audiences: [{ type: "network", id: network }] },
      purpose,
    });
    familyId = family.json().id;
  });

  it("the 115 operator opens requests; bad input is a 4xx with a code", async () => {
    const res = await api.post("/api/urgence/requests", s.operator, {
      organisationId: s.operator.organisationId,
      personId,
      kind: "urgence",
      adults: 1,
      children: 0,
      needs: ["pets"],
      purpose,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "open", unmetNights: 0 });
    requestId = res.json().id;
    const fam = await api.post("/api/urgence/requests", s.operator, {
      organisationId: s.operator.organisationId,
      personId: familyId,
      kind: "urgence",
      adults: 2,
      children: 3,
      purpose,
    });
    familyRequestId = fam.json().id;
    const bad = await api.post("/api/urgence/requests", s.operator, {
      organisationId: s.operator.organisationId,
      personId,
      kind: "urgence",
      adults: 0,
      children: 0,
      purpose,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("VALIDATION_FAILED");
    expect((await api.post("/api/urgence/people", s.phare, { organisationId: s.phare.organisationId, purpose })).json().error.code).toBe(
      "URGENCE_NAME_REQUIRED",
    );
    expect(
      (
        await api.post("/api/urgence/requests", s.viewer, {
          organisationId: s.viewer.organisationId,
          personId,
          kind: "urgence",
          adults: 1,
          children: 0,
          purpose,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("a structure declares a place for tonight and family places for tomorrow", async () => {
    const structures = (await api.get(`/api/urgence/structures?networkId=${network}`, s.toits)).json() as {
      id: string;
      organisationId: string;
      name: string;
    }[];
    structureId = structures.find((x) => x.organisationId === s.toits.organisationId && x.name.startsWith("Halte de nuit Belsunce"))!.id;
    const tonight = await api.put(`/api/urgence/structures/${structureId}/availability`, s.toits, {
      date: NIGHT,
      lines: [
        { public: "mixed", unitCapacity: 1, freeUnits: 60, features: ["pets"] },
        { public: "men", unitCapacity: 1, freeUnits: 2 },
      ],
    });
    expect(tonight.statusCode).toBe(200);
    const tomorrow = await api.put(`/api/urgence/structures/${structureId}/availability`, s.toits, {
      date: TOMORROW,
      lines: [{ public: "families", unitCapacity: 5, freeUnits: 30 }],
    });
    expect(tomorrow.statusCode).toBe(200);
  });

  it("matching proposes the place with its reason, and says why the family has none tonight", async () => {
    const preview = await api.post("/api/urgence/matching", s.operator, {
      networkId: network,
      date: NIGHT,
      dryRun: true,
      purpose: "orientation du soir",
    });
    expect(preview.statusCode).toBe(200);
    const items = preview.json().items as { requestId: string; proposal: { structureId: string } | null; reason: string }[];
    const mine = items.find((i) => i.requestId === requestId)!;
    expect(mine.proposal?.structureId).toBe(structureId);
    expect(mine.reason).toMatch(
      /^Proposition : Halte de nuit Belsunce \(fictive\) \(1er\), place mixte, animaux acceptés pour femme seule avec animal/,
    );
    const fam = items.find((i) => i.requestId === familyRequestId)!;
    expect(fam.proposal).toBeNull();
    expect(fam.reason).toContain("ucune place famille de 5 ce soir");
    expect(fam.reason).toContain("30 places demain à Halte de nuit Belsunce (fictive) (1er)");
    expect((await api.get(`/api/urgence/requests/${requestId}`, s.operator)).json().status).toBe("open");
    expect((await api.post("/api/urgence/matching", s.phare, { networkId: network, purpose })).statusCode).toBe(403);
    expect((await api.post("/api/urgence/matching", s.ventoux, { networkId: network, purpose })).statusCode).toBe(404);
  });

  it("the real run records proposals and unmet nights; the place is then held", async () => {
    const run = await api.post("/api/urgence/matching", s.operator, { networkId: network, date: NIGHT, purpose: "orientation du soir" });
    expect(run.statusCode).toBe(200);
    const request = (await api.get(`/api/urgence/requests/${requestId}`, s.operator)).json();
    expect(request).toMatchObject({ status: "proposed", proposal: { structureId, forDate: NIGHT } });
    expect((await api.get(`/api/urgence/requests/${familyRequestId}`, s.operator)).json().unmetNights).toBe(1);
    const proposed = (run.json().items as { proposal: { lineKey: string } | null }[]).filter(
      (i) => i.proposal?.lineKey === "mixed:1:pets",
    ).length;
    const availability = (await api.get(`/api/urgence/structures/${structureId}/availability?date=${NIGHT}`, s.operator)).json();
    expect(availability.lines.find((l: { public: string }) => l.public === "mixed")).toMatchObject({
      freeUnits: 60,
      remainingUnits: 60 - proposed,
    });
    // Running again does not propose a held place twice.
    const again = await api.post("/api/urgence/matching", s.operator, { networkId: network, date: NIGHT, dryRun: true, purpose });
    expect(again.json().items.some((i: { requestId: string }) => i.requestId === requestId)).toBe(false);
  });

  it("the operator confirms; an override needs a reason and a place that fits", async () => {
    const confirm = await api.post(`/api/urgence/requests/${requestId}/proposal`, s.operator, { action: "confirm", purpose });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().proposal.confirmedAt).toBeTruthy();
    const noReason = await api.post(`/api/urgence/requests/${familyRequestId}/proposal`, s.operator, {
      action: "override",
      structureId,
      lineKey: "men:1:",
      purpose,
    });
    expect(noReason.json().error.code).toBe("URGENCE_REASON_REQUIRED");
    const unfit = await api.post(`/api/urgence/requests/${familyRequestId}/proposal`, s.operator, {
      action: "override",
      structureId,
      lineKey: "men:1:",
      reason: "place d'hommes pour une famille",
      purpose,
    });
    expect(unfit.statusCode).toBe(409);
    expect(unfit.json().error.code).toBe("URGENCE_NO_CAPACITY");
  });

  it("the structure accepts, the person arrives, the stay ends in housing; every step is on the timeline", async () => {
    const bad = await api.post(`/api/urgence/requests/${requestId}/transition`, s.toits, { to: "arrived", purpose });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error.code).toBe("URGENCE_INVALID_TRANSITION");
    expect(
      (await api.post(`/api/urgence/requests/${requestId}/transition`, s.abri, { to: "accepted", by: "structure", purpose })).statusCode,
    ).toBe(404);
    expect(
      (await api.post(`/api/urgence/requests/${requestId}/transition`, s.toits, { to: "accepted", by: "structure", purpose })).statusCode,
    ).toBe(200);
    expect((await api.post(`/api/urgence/requests/${requestId}/transition`, s.toits, { to: "arrived", purpose })).json().status).toBe(
      "arrived",
    );
    expect((await api.post(`/api/urgence/requests/${requestId}/transition`, s.operator, { to: "ended", purpose })).json().error.code).toBe(
      "URGENCE_REASON_REQUIRED",
    );
    const ended = await api.post(`/api/urgence/requests/${requestId}/transition`, s.operator, {
      to: "ended",
      destination: "housing",
      purpose,
    });
    expect(ended.json()).toMatchObject({ status: "ended", endDestination: "housing" });
    const person = (await api.get(`/api/urgence/people/${personId}`, s.phare)).json();
    expect(person.listStatus).toBe("housed");
    const timeline = (await api.get(`/api/urgence/people/${personId}/timeline`, s.phare)).json().items as {
      type: string;
      summary: string;
    }[];
    expect(timeline.map((i) => i.summary)).toEqual(
      expect.arrayContaining([
        "Inscription sur la liste nominative",
        "Rencontre en maraude (Gare Saint-Charles)",
        "Place proposée",
        "Proposition acceptée",
        "Arrivée dans la structure",
        "Statut : active → logée",
      ]),
    );
  });

  it("a refusal records who and why", async () => {
    const again = await api.post("/api/urgence/matching", s.operator, { networkId: network, date: TOMORROW, purpose });
    expect(again.json().items.find((i: { requestId: string }) => i.requestId === familyRequestId).proposal).not.toBeNull();
    expect(
      (await api.post(`/api/urgence/requests/${familyRequestId}/transition`, s.operator, { to: "refused", by: "person", purpose })).json()
        .error.code,
    ).toBe("URGENCE_REASON_REQUIRED");
    const refused = await api.post(`/api/urgence/requests/${familyRequestId}/transition`, s.operator, {
      to: "refused",
      by: "person",
      reason: "trop loin de l'école des enfants",
      purpose,
    });
    expect(refused.json()).toMatchObject({ status: "refused", decidedBy: "person", decisionReason: "trop loin de l'école des enfants" });
  });

  it("the dashboard counts the housing exit this month", async () => {
    const dash = (await api.get(`/api/urgence/dashboard?networkId=${network}&months=3`, s.coordinator)).json();
    expect(dash.rows).toHaveLength(15);
    const month = new Date().toISOString().slice(0, 7);
    const row = dash.rows.find((r: { month: string; cohort: string }) => r.month === month && r.cohort === "women");
    expect(row.outflowHoused).toBeGreaterThanOrEqual(1);
    expect(dash.projections).toHaveLength(5);
    expect(dash.dataQuality.score).toBeGreaterThan(0);
  });
});
