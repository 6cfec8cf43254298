import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, TestApp } from "./helpers/test-app.ts";
import { type Who, urgenceWorld, type UrgenceWorld } from "./urgence/helpers.ts";

// Values that pass a naive schema but no calendar or number: each must be a 400 with a
// code, never a 500 and never stored.
describe("impossible dates and numbers are refused with 400", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
  });
  afterAll(() => t.close());

  const expect400 = (res: { statusCode: number; json: () => { error: { code: string } } }, what: string) => {
    expect(res.statusCode, what).toBe(400);
    expect(res.json().error.code, what).toBe("VALIDATION_FAILED");
  };

  it("on query numbers that overflow to Infinity", async () => {
    for (const url of [
      `/api/urgence/people?networkId=${network}&limit=1e309`,
      `/api/urgence/people?networkId=${network}&limit=Infinity`,
      `/api/urgence/encounters?networkId=${network}&limit=1e309`,
      `/api/urgence/dashboard?networkId=${network}&months=1e309`,
    ]) {
      expect400(await api.get(url, s.coordinator), url);
    }
  });

  it("on calendar days that do not exist", async () => {
    for (const day of ["2026-13-45", "2026-02-30", "2025-02-29"]) {
      expect400(await api.get(`/api/urgence/dashboard?networkId=${network}&today=${day}`, s.coordinator), day);
    }
    const ok = await api.get(`/api/urgence/dashboard?networkId=${network}&today=2024-02-29`, s.coordinator);
    expect(ok.statusCode).toBe(200);
  });

  it("on timestamps that JavaScript cannot represent (leap second)", async () => {
    const res = await api.get(`/api/urgence/map?networkId=${network}&from=${encodeURIComponent("2026-12-31T23:59:60Z")}`, s.coordinator);
    expect400(res, "map from");
  });
});
