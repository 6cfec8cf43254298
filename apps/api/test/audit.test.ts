import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

describe("audit log", () => {
  let t: TestApp;
  let horizonAdmin: Session;
  let ambassador: Session;
  let labAdmin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    horizonAdmin = await login(t.app, DEMO.horizonAdmin);
    ambassador = await login(t.app, DEMO.ambassador);
    labAdmin = await login(t.app, DEMO.admin);
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: "GET",
        url: `/api/organisations/${horizonAdmin.organisationId}/members`,
        headers: { cookie: horizonAdmin.cookie },
      });
    }
  });
  afterAll(() => t.close());

  const browse = (s: Session, query: string) => t.app.inject({ method: "GET", url: `/api/audit?${query}`, headers: { cookie: s.cookie } });

  it("lets an admin browse what concerns their organisation, newest first", async () => {
    const res = await browse(horizonAdmin, `organisationId=${horizonAdmin.organisationId}`);
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as { action: string; id: string; actorUserId: string; resourceType: string }[];
    expect(entries.filter((e) => e.action === "read" && e.resourceType === "organisation_members")).toHaveLength(3);
    // This very browse is in it: reading the audit log is audited.
    expect(entries[0]).toMatchObject({ action: "read", resourceType: "audit_log", actorUserId: horizonAdmin.userId });
    expect(entries.some((e) => e.action === "login" && e.actorUserId === ambassador.userId)).toBe(true);
    const ids = entries.map((e) => e.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(entries.some((e) => e.actorUserId === labAdmin.userId)).toBe(false);
  });

  it("pages with a cursor", async () => {
    const first = (await browse(horizonAdmin, `organisationId=${horizonAdmin.organisationId}&limit=2`)).json();
    expect(first.entries).toHaveLength(2);
    expect(first.nextCursor).toBe(first.entries[1].id);
    const second = (await browse(horizonAdmin, `organisationId=${horizonAdmin.organisationId}&limit=2&before=${first.nextCursor}`)).json();
    expect(second.entries[0].id < first.nextCursor).toBe(true);
  });

  it("filters by resource type", async () => {
    const res = await browse(horizonAdmin, `organisationId=${horizonAdmin.organisationId}&resourceType=organisation_members`);
    expect(res.json().entries.every((e: { resourceType: string }) => e.resourceType === "organisation_members")).toBe(true);
    expect(res.json().entries).toHaveLength(3);
  });

  it("is refused to a non-admin (403), another organisation (404), no session (401)", async () => {
    expect((await browse(ambassador, `organisationId=${ambassador.organisationId}`)).statusCode).toBe(403);
    expect((await browse(labAdmin, `organisationId=${horizonAdmin.organisationId}`)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: "GET", url: `/api/audit?organisationId=${labAdmin.organisationId}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("rejects bad filters with 400", async () => {
    const res = await browse(horizonAdmin, `organisationId=${horizonAdmin.organisationId}&limit=100000`);
    expect(res.statusCode).toBe(400);
    const missing = await browse(horizonAdmin, "");
    expect(missing.statusCode).toBe(400);
  });

  it("exports CSV, and the export itself is audited", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/audit/export.csv?organisationId=${horizonAdmin.organisationId}`,
      headers: { cookie: horizonAdmin.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toMatch(/attachment/);
    const lines = res.body.trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actor_user_id,actor_organisation_id,action,resource_type,resource_id,organisation_id,purpose,outcome");
    expect(lines.filter((l) => l.includes(",read,organisation_members,"))).toHaveLength(3);
    expect(lines.some((l) => l.includes(",export,audit_log,"))).toBe(true);
  });

  it("cannot be changed or deleted, even by a direct query", async () => {
    await expect(sql`update audit_log set purpose = 'effacé'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
    const count = await t.database.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(5);
  });
});

describe("audit log time filters", () => {
  it("compare instants, whatever the offset the client writes them in", async () => {
    const t = await createTestApp();
    try {
      const before = new Date(Date.now() - 1000);
      const admin = await login(t.app, DEMO.horizonAdmin);
      // The same instant written at UTC+05:00: as text it sorts after every stored UTC time.
      const shifted = new Date(before.getTime() + 5 * 3600_000).toISOString().replace("Z", "+05:00");
      const res = await t.app.inject({
        method: "GET",
        url: `/api/audit?organisationId=${admin.organisationId}&from=${encodeURIComponent(shifted)}`,
        headers: { cookie: admin.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().entries.some((e: { action: string }) => e.action === "login")).toBe(true);
    } finally {
      await t.close();
    }
  });
});
