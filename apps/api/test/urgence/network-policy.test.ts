import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { inactivityScheduler } from "../../src/modules/urgence/settings/inactivity-scheduler.ts";
import type { Session, TestApp } from "../helpers/test-app.ts";
import { purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";
import { urgenceConfigFrom } from "../../src/modules/urgence/config.ts";
import { urgenceModule } from "../../src/modules/urgence/index.ts";

describe("urgence: network membership, scheduled inactivity, people search, arrivals", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
  });
  afterAll(() => t.close());

  it("lets the SIAO coordinator add and remove an organisation of its network, audited", async () => {
    const ventoux = s.ventoux.organisationId;
    const network84 = s.coordinator84.organisationId;
    const path = (org: string, net = network) => `/api/urgence/networks/${net}/members/${org}`;
    expect((await api.put(path(ventoux), undefined, { purpose })).statusCode).toBe(401);
    expect((await api.put(path(ventoux), s.operator, { purpose })).statusCode).toBe(403);
    expect((await api.put(path(ventoux), s.phare, { purpose })).statusCode).toBe(403);
    expect((await api.put(path(ventoux), s.coordinator84, { purpose })).statusCode).toBe(404);
    expect((await api.put(path(ventoux), s.coordinator, { purpose })).json().error.code).toBe("URGENCE_ALREADY_IN_NETWORK");
    expect((await api.put(path("0190a000-0000-7000-8000-000000000000"), s.coordinator, { purpose })).statusCode).toBe(404);
    expect((await api.del(path(network), s.coordinator, { purpose })).json().error.code).toBe("URGENCE_NETWORK_SIAO");

    // The Ventoux maraude leaves SIAO 84 and joins SIAO 13: it then sees SIAO 13's structures.
    const left = await api.del(path(ventoux, network84), s.coordinator84, { purpose: "changement de territoire" });
    expect(left.statusCode).toBe(200);
    expect(left.json().members.map((m: { organisationId: string }) => m.organisationId)).not.toContain(ventoux);
    expect((await api.del(path(ventoux, network84), s.coordinator84, { purpose })).statusCode).toBe(404);
    // Leaving disabled its maraude's membership: joining again, even admitted, does not revive it.
    expect((await api.get(`/api/urgence/structures?networkId=${network84}`, s.ventoux)).statusCode).toBe(404);
    const joined = await api.put(path(ventoux), s.coordinator, { purpose: "adhésion au réseau", roles: ["maraude"] });
    expect(joined.statusCode).toBe(200);
    const member = joined.json().members.find((m: { organisationId: string }) => m.organisationId === ventoux);
    expect(member.admittedRoles).toEqual(["maraude"]);
    expect((await api.get(`/api/urgence/structures?networkId=${network}`, s.ventoux)).statusCode).toBe(404);
    const disabled = await t.database.db.selectFrom("memberships").select("disabled_at").where("organisation_id", "=", ventoux).execute();
    expect(disabled.every((m) => m.disabled_at !== null)).toBe(true);
    const removed = await api.del(path(ventoux), s.coordinator, { purpose: "fin de convention" });
    expect(removed.statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id"])
      .where("resource_type", "=", "urgence_network_member")
      .where("resource_id", "=", ventoux)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "network_member_removed",
      "network_member_added",
      "network_roles_admitted",
      "network_member_removed",
    ]);
  });

  it("applies the inactivity rule on every tick, as an audited system action, logging counts only", async () => {
    const logs: object[] = [];
    const log = { info: (o: object) => logs.push(o), error: (o: object) => logs.push(o) };
    let clock = new Date("2026-01-01T12:00:00Z");
    const scheduler = inactivityScheduler(t.app.services.of(urgenceModule).settings, log, { intervalMinutes: 60, now: () => clock });
    const first = await scheduler.tick();
    expect(first?.networks).toBe(2);
    clock = new Date(Date.now() + 400 * 86_400_000);
    const second = await scheduler.tick();
    expect(second?.movedToInactive).toBeGreaterThan(0);
    expect((await scheduler.tick())?.movedToInactive).toBe(0);
    expect(JSON.stringify(logs)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(logs.at(-1)).toEqual({ networks: 2, movedToInactive: 0 });
    const entries = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "update_status")
      .where("actor_user_id", "is", null)
      .execute();
    expect(entries.length).toBe(second!.movedToInactive);
    expect(entries[0]).toMatchObject({ resource_type: "urgence_person", purpose: expect.stringContaining("automatiquement") });
    const active = await api.get("/api/urgence/people?status=active&limit=500", s.coordinator);
    expect(active.json().people).toEqual([]);
    await scheduler.stop();
    expect(urgenceConfigFrom({}).inactivityIntervalMinutes).toBe(360);
    expect(urgenceConfigFrom({ URGENCE_INACTIVITY_INTERVAL_MINUTES: "0" }).inactivityIntervalMinutes).toBe(0);
    expect(() => urgenceConfigFrom({ URGENCE_INACTIVITY_INTERVAL_MINUTES: "-5" })).toThrow(ConfigError);
    // Read from the app's environment when its services are built, before the server listens.
    expect(urgenceConfigFrom(loadConfig({ URGENCE_INACTIVITY_INTERVAL_MINUTES: "15" }).env).inactivityIntervalMinutes).toBe(15);
  });

  it("finds people whatever the accents and case, and by birth year with a tolerance", async () => {
    const create = (alias: string, birthYear: number) =>
      api.post("/api/urgence/people", s.phare, {
        organisationId: s.phare.organisationId,
        alias,
        firstName: "Hélène",
        lastName: "Ñúñez-Öberg",
        birthYear,
        purpose,
      });
    const a = (await create("Cœur de Lion", 1990)).json().id as string;
    const b = (await create("Cœur de Pierre", 1991)).json().id as string;
    const ids = async (query: string) =>
      ((await api.get(`/api/urgence/people?limit=500&${query}`, s.phare)).json().people as { id: string }[]).map((p) => p.id);
    expect(await ids("q=helene%20nunez")).toEqual(expect.arrayContaining([a, b]));
    expect(await ids("q=NUNEZ-oberg")).toEqual(expect.arrayContaining([a, b]));
    expect(await ids("q=Hélène&birthYear=1990")).toEqual([a]);
    expect((await ids("q=helene&birthYear=1990&birthYearTolerance=1")).sort()).toEqual([a, b].sort());
    expect(await ids("q=helene&birthYear=1992")).toEqual([]);
    expect(await ids("q=%25")).toHaveLength((await ids("")).length);
    await api.patch(`/api/urgence/people/${a}`, s.phare, { alias: "Élodie", purpose });
    expect(await ids("q=elodie")).toEqual([a]);
  });

  it("counts arrivals per month and cohort on the dashboard and in its CSV", async () => {
    const d = (await api.get(`/api/urgence/dashboard?networkId=${network}`, s.viewer)).json() as {
      rows: { cohort: string; arrivals: number }[];
    };
    const all = d.rows.filter((r) => r.cohort === "all").reduce((n, r) => n + r.arrivals, 0);
    expect(all).toBeGreaterThan(0);
    const families = d.rows.filter((r) => r.cohort === "families").reduce((n, r) => n + r.arrivals, 0);
    expect(families).toBeLessThanOrEqual(all);
    const csv = (await api.get(`/api/urgence/dashboard.csv?networkId=${network}`, s.viewer)).body;
    expect(csv.split("\r\n")[0]).toMatch(/,arrivals$/);
  });
});
