import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, login, type Session } from "../../apps/api/test/helpers/test-app.ts";
import { purpose, urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";
import { anonymousRefusalBudget } from "../../apps/api/src/plugins/refusal-audit.ts";

// Point 7 of issue 11: the audit log missed refusals, failed logins did not say which
// organisation they concerned, and reading the audit log left no trace. Every refusal is now
// an entry (plugins/refusal-audit.ts) naming the route's pattern and the error's code only.

const UNKNOWN = "0190f1f4-0000-7000-8000-000000000000";

describe("the audit log holds every refusal, failed logins by organisation, and its own reads", () => {
  let w: UrgenceWorld;
  let labAdmin: Session;
  let personId: string;
  const refusals = () => w.t.database.db.selectFrom("audit_log").selectAll().where("action", "=", "refused").orderBy("id").execute();

  beforeAll(async () => {
    w = await urgenceWorld();
    labAdmin = await login(w.t.app, DEMO.admin);
    const res = await w.api.post("/api/urgence/people", w.s.phare, {
      organisationId: w.s.phare.organisationId,
      alias: "Fictive Audit",
      consent: { purposes: ["orientation"], audiences: [{ type: "network", id: w.network }] },
      purpose,
    });
    personId = res.json().id;
  });
  afterAll(() => w.t.close());

  it("writes one entry per refusal: who, which route, which record, which code", async () => {
    const before = (await refusals()).length;
    const { api, s } = w;
    const attempts = [
      // The Lab's admin grants itself coordinator (403 SELF_GRANT).
      await api.patch(`/api/organisations/${labAdmin.organisationId}/members/${labAdmin.userId}`, labAdmin, {
        role: "coordinator",
        purpose,
      }),
      // A sharing organisation marks the person deceased (403 URGENCE_OWNER_ONLY).
      await api.post(`/api/urgence/people/${personId}/status`, s.fanal, { status: "deceased", purpose }),
      // Another network's maraude reads the person (404: it must not learn the record exists).
      await api.get(`/api/urgence/people/${personId}`, s.ventoux),
      // No session (401).
      await api.get(`/api/urgence/people/${personId}`),
      // A session without its CSRF token (403).
      await w.t.app.inject({
        method: "POST",
        url: `/api/urgence/people/${personId}/status`,
        headers: { cookie: s.phare.cookie },
        payload: { status: "deceased", purpose },
      }),
      // A viewer reads the audit log of an organisation it is not admin of.
      await api.get(`/api/audit?organisationId=${s.viewer.organisationId}`, s.viewer),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([403, 403, 404, 401, 403, 403]);
    const written = (await refusals()).slice(before);
    expect(written.map((e) => e.purpose)).toEqual(attempts.map((r) => r.json().error.code));
    expect(written.every((e) => e.outcome === "denied")).toBe(true);
    expect(written.map((e) => e.actor_user_id)).toEqual([
      labAdmin.userId,
      s.fanal.userId,
      s.ventoux.userId,
      null,
      s.phare.userId,
      s.viewer.userId,
    ]);
    expect(written[1]).toMatchObject({ resource_type: "POST /api/urgence/people/:id/status", resource_id: personId });
    expect(written[2]).toMatchObject({ resource_type: "GET /api/urgence/people/:id", resource_id: personId });
    expect(written[5]).toMatchObject({ organisation_id: s.viewer.organisationId });
    // Nothing personal: the person's alias is in no entry.
    const all = await w.t.database.db.selectFrom("audit_log").selectAll().execute();
    expect(JSON.stringify(all)).not.toContain("Fictive");
  });

  it("audits every refusal of every route, not only the ones above", async () => {
    const spec = (await w.t.app.inject({ url: "/api/docs/json" })).json() as { paths: Record<string, Record<string, unknown>> };
    const before = (await refusals()).length;
    let refused = 0;
    let calls = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      if (!path.startsWith("/api/") || path === "/api/me") continue;
      const url = path.replace(/\{[^}]+\}/g, UNKNOWN);
      for (const method of Object.keys(methods)) {
        if (method !== "get") continue;
        for (const as of [undefined, w.s.ventoux]) {
          const res = await w.t.app.inject({ method: "GET", url, headers: as ? { cookie: as.cookie } : {} });
          calls += 1;
          const code = res.statusCode;
          if (code === 401 || code === 403 || (code === 404 && as && res.json().error?.code !== "ROUTE_NOT_FOUND")) refused += 1;
        }
      }
    }
    expect(calls).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(20);
    expect((await refusals()).length - before).toBe(refused);
  });

  it("puts a failed login in the audit log of the account's organisation", async () => {
    const res = await w.t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: DEMO.horizonAdmin, password: "pas le bon mot de passe" },
    });
    expect(res.statusCode).toBe(401);
    const horizon = await login(w.t.app, DEMO.horizonAdmin);
    const page = await w.api.get(`/api/audit?organisationId=${horizon.organisationId}&limit=20`, horizon);
    const failed = page.json().entries.find((e: { action: string }) => e.action === "login_failed");
    expect(failed).toMatchObject({ organisationId: horizon.organisationId, resourceId: horizon.userId, outcome: "denied" });
    // An unknown address still leaves a trace, in no organisation.
    await w.t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "personne@inconnu.example", password: "x".repeat(12) },
    });
    const orphan = await w.t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "login_failed")
      .where("organisation_id", "is", null)
      .execute();
    expect(orphan.length).toBeGreaterThan(0);
  });

  it("audits reading the audit log", async () => {
    const horizon = await login(w.t.app, DEMO.horizonAdmin);
    const reads = () =>
      w.t.database.db
        .selectFrom("audit_log")
        .selectAll()
        .where("resource_type", "=", "audit_log")
        .where("action", "=", "read")
        .where("actor_user_id", "=", horizon.userId)
        .execute();
    const before = (await reads()).length;
    expect((await w.api.get(`/api/audit?organisationId=${horizon.organisationId}`, horizon)).statusCode).toBe(200);
    const after = await reads();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ organisation_id: horizon.organisationId, outcome: "success" });
  });

  it("counts an anonymous flood rather than writing it: the budget, then one entry with the count", () => {
    let clock = 0;
    const budget = anonymousRefusalBudget(3, () => clock);
    const minute1 = Array.from({ length: 10 }, () => budget.take());
    expect(minute1.map((t) => t.write)).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect(minute1.every((t) => t.skippedBefore === 0)).toBe(true);
    clock = 60_000;
    expect(budget.take()).toEqual({ write: true, skippedBefore: 7 });
    expect(budget.take()).toEqual({ write: true, skippedBefore: 0 });
  });
});
