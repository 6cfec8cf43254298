import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromNow, purpose, today, urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";

// Attack 6 of issue 11: `/api/urgence/inactivity {today: "2100-01-01"}` made 1,305 people
// inactive, and encounters in the future were accepted. Every date now carries a rule
// (packages/schemas/src/dates.ts, ADR 0020) checked before any handler runs.

describe("dates: an observation is not in the future, a plan stays within its horizon", () => {
  let w: UrgenceWorld;
  let personId: string;
  const statuses = async () =>
    (await w.t.database.db.selectFrom("urgence_people").select(["id", "list_status"]).orderBy("id").execute()).map(
      (p) => `${p.id}:${p.list_status}`,
    );
  const encounters = async () =>
    Number(
      (
        await w.t.database.db
          .selectFrom("urgence_encounters")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    w = await urgenceWorld();
    const res = await w.api.post("/api/urgence/people", w.s.phare, {
      organisationId: w.s.phare.organisationId,
      alias: "Fictif des dates",
      purpose,
    });
    personId = res.json().id;
  });
  afterAll(() => w.t.close());

  it("refuses the inactivity rule applied on a day to come, and changes nobody", async () => {
    const before = await statuses();
    for (const day of ["2100-01-01", daysFromNow(2)]) {
      const res = await w.api.post("/api/urgence/inactivity", w.s.coordinator, { networkId: w.network, today: day, purpose });
      expect(res.statusCode, day).toBe(400);
      expect(res.json().error.code, day).toBe("DATE_IN_FUTURE");
      expect(res.json().error.message).toMatch(/today.*futur/);
    }
    expect(await statuses()).toEqual(before);
    // Today is accepted (and so is the default).
    const ok = await w.api.post("/api/urgence/inactivity", w.s.coordinator, { networkId: w.network, today: today(), purpose });
    expect(ok.statusCode).toBe(200);
  });

  it("refuses an encounter in the future and stores nothing; one that just happened is recorded", async () => {
    const count = await encounters();
    const body = (occurredAt: string) => ({
      organisationId: w.s.phare.organisationId,
      personId,
      channel: "maraude",
      livingSituation: "street",
      occurredAt,
      purpose,
    });
    for (const at of [new Date(Date.now() + 3_600_000).toISOString(), "2999-12-31T23:00:00Z"]) {
      const res = await w.api.post("/api/urgence/encounters", w.s.phare, body(at));
      expect(res.statusCode, at).toBe(400);
      expect(res.json().error.code, at).toBe("DATE_IN_FUTURE");
    }
    const ancient = await w.api.post("/api/urgence/encounters", w.s.phare, body("1970-01-01T00:00:00Z"));
    expect(ancient.json().error.code).toBe("DATE_OUT_OF_RANGE");
    expect(await encounters()).toBe(count);
    const now = await w.api.post("/api/urgence/encounters", w.s.phare, body(new Date(Date.now() - 60_000).toISOString()));
    expect(now.statusCode, now.body).toBe(201);
    expect(await encounters()).toBe(count + 1);
  });

  it("refuses a birth year to come or before 1900, and a consent given tomorrow", async () => {
    for (const [birthYear, code] of [
      [new Date().getUTCFullYear() + 2, "DATE_IN_FUTURE"],
      [1850, "DATE_OUT_OF_RANGE"],
    ] as const) {
      const res = await w.api.patch(`/api/urgence/people/${personId}`, w.s.phare, { birthYear, purpose });
      expect(res.statusCode, String(birthYear)).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    const consent = await w.api.post(`/api/urgence/people/${personId}/consents`, w.s.phare, {
      purposes: ["orientation"],
      audiences: [],
      givenAt: `${daysFromNow(1)}T12:00:00Z`,
      purpose,
    });
    expect(consent.json().error.code).toBe("DATE_IN_FUTURE");
  });

  it("plans nights from tonight to the horizon, not in the past nor a year ahead", async () => {
    const structures = (await w.api.get(`/api/urgence/structures?networkId=${w.network}`, w.s.abri)).json() as {
      id: string;
      organisationId: string;
    }[];
    const own = structures.find((x) => x.organisationId === w.s.abri.organisationId)!;
    const declare = (date: string) =>
      w.api.put(`/api/urgence/structures/${own.id}/availability`, w.s.abri, {
        date,
        lines: [{ public: "men", unitCapacity: 1, freeUnits: 1 }],
      });
    for (const date of [daysFromNow(-3), daysFromNow(400), "2100-01-01"]) {
      const res = await declare(date);
      expect(res.statusCode, date).toBe(400);
      expect(res.json().error.code, date).toBe("DATE_OUT_OF_RANGE");
    }
    expect((await declare(daysFromNow(3))).statusCode).toBe(200);
    const matching = await w.api.post("/api/urgence/matching", w.s.operator, {
      networkId: w.network,
      date: "2100-01-01",
      dryRun: true,
      purpose,
    });
    expect(matching.json().error.code).toBe("DATE_OUT_OF_RANGE");
  });

  it("gives every date an API accepts a rule: none is left unchecked", async () => {
    const spec = (await w.t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const unchecked: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      const isDate = n.format === "date" || n.format === "date-time" || /birthYear$/.test(where);
      if (isDate && n.type !== undefined && !("x-date-rule" in n)) unchecked.push(where);
      for (const [k, v] of Object.entries(n)) walk(v, `${where}/${k}`);
    };
    let inputs = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const { requestBody, parameters } = op as { requestBody?: unknown; parameters?: unknown };
        if (requestBody) inputs += 1;
        walk(requestBody, `${method} ${path} body`);
        walk(parameters, `${method} ${path} query`);
      }
    }
    expect(inputs).toBeGreaterThan(20);
    expect(unchecked).toEqual([]);
  });
});
