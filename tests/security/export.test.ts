import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purpose, urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";

// Issue 11, data lifecycle: a person's data export (RGPD art. 15) carries everything held
// about them. Only the organisation that registered the person, or the SIAO coordination,
// makes it; a partner that reads the record through consent does not; every export and
// every refusal is in the audit log; the file is never cached and never named after the person.

describe("a person's data export: who makes it, and its trace", () => {
  let w: UrgenceWorld;
  let personId: string;
  const url = (format: "json" | "pdf") =>
    `/api/urgence/people/${personId}/export?format=${format}&purpose=${encodeURIComponent("droit d'accès")}`;
  const audit = () =>
    w.t.database.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "outcome", "purpose"])
      .where("resource_id", "=", personId)
      .where("action", "=", "export")
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    w = await urgenceWorld();
    const res = await w.api.post("/api/urgence/people", w.s.phare, {
      organisationId: w.s.phare.organisationId,
      alias: "Fictif de la Joliette",
      lastName: "Exportéfictif",
      consent: { purposes: ["orientation"], audiences: [{ type: "network", id: w.network }] },
      purpose,
    });
    personId = res.json().id;
  });
  afterAll(() => w.t.close());

  it("refuses a partner organisation that shares the record, in JSON and PDF, and audits each refusal", async () => {
    const { fanal } = w.s;
    expect((await w.api.get(`/api/urgence/people/${personId}`, fanal)).statusCode).toBe(200);
    for (const format of ["json", "pdf"] as const) {
      const res = await w.api.get(url(format), fanal);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("URGENCE_EXPORT_OWNER_ONLY");
      expect(res.body).not.toContain("Exportéfictif");
    }
    expect((await w.api.get(url("json"), w.s.ventoux)).statusCode).toBe(404);
    expect((await w.api.get(url("json"), w.s.viewer)).statusCode).toBe(404);
    expect((await w.api.get(url("json"))).statusCode).toBe(401);
    const refused = (await audit()).filter((a) => a.outcome === "denied");
    const refusedBy = [fanal.userId, fanal.userId, w.s.ventoux.userId, w.s.viewer.userId];
    expect(refused.map((a) => a.actor_user_id)).toEqual(refusedBy);
  });

  it("audits the owner's export with its purpose; the file is not cached and not named after the person", async () => {
    const before = (await audit()).length;
    const res = await w.api.get(url("pdf"), w.s.phare);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="zero-export-${personId}.pdf"`);
    const after = await audit();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toEqual({ actor_user_id: w.s.phare.userId, outcome: "success", purpose: "droit d'accès" });
  });
});
