import { nowIso, uuidv7 } from "@zero/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retentionScheduler } from "../../apps/api/src/modules/retention/scheduler.ts";
import { purpose, urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";

// Issue 11, "Data lifecycle": nothing personal outlives its purpose. Each kind of record has
// its retention period (docs/decisions/0016-retention-periods.md); a daily purge applies them
// and writes its own audit entry, with counts only.

const YEAR = 365 * 86_400_000;

describe("the retention purge", () => {
  let w: UrgenceWorld;
  let oldId: string;
  let recentId: string;
  let activeId: string;

  const create = async (alias: string) => {
    const body = { organisationId: w.s.phare.organisationId, alias, purpose };
    const res = await w.api.post("/api/urgence/people", w.s.phare, body);
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const backdate = (id: string, at: string, status: "housed" | "active") =>
    w.t.database.db.updateTable("urgence_people").set({ last_contact_at: at, list_status: status }).where("id", "=", id).execute();
  const exists = async (id: string) =>
    (await w.t.database.db.selectFrom("urgence_people").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

  beforeAll(async () => {
    w = await urgenceWorld();
    oldId = await create("Fictif logé depuis longtemps");
    recentId = await create("Fictif logé récemment");
    activeId = await create("Fictif toujours à la rue");
    const fourYearsAgo = new Date(Date.now() - 4 * YEAR).toISOString();
    await backdate(oldId, fourYearsAgo, "housed");
    await backdate(recentId, new Date(Date.now() - YEAR).toISOString(), "housed");
    // Still active, whatever the date of the last contact: the list is not emptied by the clock.
    await backdate(activeId, fourYearsAgo, "active");
    // An old audit entry, and an expired session.
    await w.t.database.db
      .insertInto("audit_log")
      .values({
        id: uuidv7(),
        at: new Date(Date.now() - 2 * YEAR).toISOString(),
        actor_user_id: null,
        actor_organisation_id: null,
        action: "read",
        resource_type: "urgence_person",
        resource_id: recentId,
        organisation_id: w.s.phare.organisationId,
        purpose,
        outcome: "success",
      })
      .execute();
    await w.t.database.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 86_400_000).toISOString() })
      .where("user_id", "=", w.s.viewer.userId)
      .execute();
  });
  afterAll(() => w.t.close());

  it("erases people past their period, keeps the others, purges old audit entries and sessions", async () => {
    const logs: object[] = [];
    const log = { info: (o: object) => logs.push(o), error: (o: object) => logs.push(o) };
    const scheduler = retentionScheduler(w.t.app.services.retention, log, { intervalHours: 24 });
    const result = await scheduler.tick();
    expect(result).toMatchObject({ people: 1 });
    expect(result!.auditEntries).toBeGreaterThanOrEqual(1);
    expect(result!.expiredAuth).toBeGreaterThanOrEqual(1);
    expect(await exists(oldId)).toBe(false);
    expect(await exists(recentId)).toBe(true);
    expect(await exists(activeId)).toBe(true);
    // The expired session no longer opens anything.
    expect((await w.api.get("/api/me", w.s.viewer)).statusCode).toBe(401);
    // Logs carry counts, never an id or a name.
    expect(JSON.stringify(logs)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|Fictif/);
  });

  it("audits the erasure as a system action, and the run with counts only", async () => {
    const entries = await w.t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "resource_id", "purpose", "at"])
      .where("action", "in", ["erase", "retention_purge"])
      .orderBy("id")
      .execute();
    expect(entries.map((e) => [e.action, e.actor_user_id, e.resource_id])).toEqual([
      ["erase", null, oldId],
      ["retention_purge", null, null],
    ]);
    expect(entries[1]!.purpose).toMatch(/1 personnes/);
    const cutoff = new Date(Date.now() - YEAR - 86_400_000).toISOString();
    const old = await w.t.database.db.selectFrom("audit_log").select("id").where("at", "<", cutoff).execute();
    expect(old).toEqual([]);
    expect(entries[1]!.at <= nowIso()).toBe(true);
  });

  it("keeps the audit log append-only outside the purge", async () => {
    await expect(w.t.database.db.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
  });
});
