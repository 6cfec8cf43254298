import type { PersonExport } from "@zero/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purpose, urgenceWorld, type UrgenceWorld } from "./helpers.ts";
import { readPdf } from "./pdf-reader.ts";

// A person's data export, RGPD article 15 (GET /api/urgence/people/:id/export): everything
// held about the person and who read it, in JSON or PDF, for the owner or the SIAO only.

describe("urgence: a person's data export (RGPD art. 15)", () => {
  let w: UrgenceWorld;
  let personId: string;
  let duplicateId: string;
  const ACCESS_REQUEST = encodeURIComponent("demande d'accès de la personne");
  const exportUrl = (id: string, query = `format=json&purpose=${ACCESS_REQUEST}`) => `/api/urgence/people/${id}/export?${query}`;
  const exportsOf = (id: string) =>
    w.t.database.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "actor_organisation_id", "purpose", "outcome", "organisation_id"])
      .where("resource_id", "=", id)
      .where("action", "=", "export")
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    w = await urgenceWorld();
    const { phare, fanal, operator, coordinator } = w.s;
    const created = await w.api.post("/api/urgence/people", phare, {
      organisationId: phare.organisationId,
      alias: "Le Cœur « du Panier »",
      firstName: "Zoé",
      lastName: "Lefèvre-Çà",
      birthYear: 1984,
      gender: "female",
      languages: ["fr", "ar"],
      needs: ["pets"],
      consent: {
        purposes: ["orientation", "follow_up"],
        audiences: [{ type: "organisation", id: fanal.organisationId }],
      },
      purpose,
    });
    expect(created.statusCode).toBe(201);
    personId = created.json().id;
    const encounter = await w.api.post("/api/urgence/encounters", phare, {
      organisationId: phare.organisationId,
      personId,
      channel: "maraude",
      address: "quai fictif du Port",
      livingSituation: "street",
      needsExpressed: ["shelter", "food"],
      servicesGiven: ["meal"],
      notes: "Demande un duvet ; a perdu 20 € de tickets. Œil irrité.",
      purpose,
    });
    expect(encounter.statusCode).toBe(201);
    const request = await w.api.post("/api/urgence/requests", phare, {
      organisationId: phare.organisationId,
      personId,
      kind: "urgence",
      adults: 1,
      children: 0,
      needs: ["pets"],
      purpose,
    });
    expect(request.statusCode).toBe(201);
    const proposal = await w.api.post(`/api/urgence/people/${personId}/proposals`, fanal, {
      kind: "rename",
      alias: "Zoé du Panier",
      reason: "se présente ainsi à l'équipe",
      purpose,
    });
    expect(proposal.statusCode).toBe(201);
    // The partner reads the record: the export must name it among those who did.
    const night = encodeURIComponent("maraude de nuit");
    const read = await w.api.get(`/api/urgence/people/${personId}?purpose=${night}`, fanal);
    expect(read.statusCode).toBe(200);
    // A duplicate registered by the 115, merged into the record by the coordination.
    const dup = await w.api.post("/api/urgence/people", operator, {
      organisationId: operator.organisationId,
      alias: "Zoé P.",
      purpose,
    });
    duplicateId = dup.json().id;
    const merge = { intoId: personId, purpose };
    expect((await w.api.post(`/api/urgence/people/${duplicateId}/merge`, coordinator, merge)).statusCode).toBe(200);
  });
  afterAll(() => w.t.close());

  it("gives the owner everything held, in a stable JSON, not cached, named by the record's id", async () => {
    const res = await w.api.get(exportUrl(personId), w.s.phare);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="zero-export-${personId}.json"`);
    const e = res.json() as PersonExport;
    expect(e).toMatchObject({ format: "zero.urgence.person-export", version: 1 });
    expect(e.requestedBy).toMatchObject({
      organisation: { id: w.s.phare.organisationId, name: "Maraude du Phare (fictive)" },
      access: "owner",
    });
    expect(e.record).toMatchObject({
      id: personId,
      firstName: "Zoé",
      lastName: "Lefèvre-Çà",
      alias: "Le Cœur « du Panier »",
      birthYear: 1984,
      gender: "female",
      languages: ["ar", "fr"],
      needs: ["pets"],
      listStatus: "active",
      householdAdults: 1,
    });
    expect(e.statusHistory.map((s) => [s.recordId, s.to, s.reason])).toEqual([[personId, "active", "identified"]]);
    expect(e.consents).toHaveLength(1);
    expect(e.consents[0]).toMatchObject({
      purposes: ["orientation", "follow_up"],
      audiences: [{ type: "organisation", id: w.s.fanal.organisationId, name: "Le Fanal solidaire (fictive)" }],
      recordedBy: { name: "Maraude du Phare (fictive)" },
      withdrawnAt: null,
    });
    // Sealed at rest (ADR 0019), opened in the export.
    expect(e.encounters).toHaveLength(1);
    expect(e.encounters[0]).toMatchObject({
      address: "quai fictif du Port",
      needsExpressed: ["food", "shelter"],
      notes: expect.stringContaining("20 €"),
    });
    expect(e.requests).toHaveLength(1);
    expect(e.requests[0]).toMatchObject({
      kind: "urgence",
      status: "open",
      needs: ["pets"],
      organisation: { name: "Maraude du Phare (fictive)" },
    });
    expect(e.requests[0]!.events.map((ev) => ev.type)).toEqual(["created"]);
    expect(e.proposals).toHaveLength(1);
    expect(e.proposals[0]).toMatchObject({
      kind: "rename",
      changes: { alias: "Zoé du Panier" },
      status: "pending",
      proposedBy: { name: "Le Fanal solidaire (fictive)" },
    });
    // The duplicate merged into it is the SIAO's record, which the maraude does not reach: left out.
    expect(e.mergedRecords).toEqual([]);
    expect(e.information.retention.join(" ")).toContain("36 mois");
    expect(e.information.complaint).toContain("CNIL");
    expect(e.information.rights.join(" ")).toMatch(/rectification.*effacement/s);
  });

  it("names who read or changed the record, its encounters and requests, with dates and purposes", async () => {
    const e = (await w.api.get(exportUrl(personId), w.s.phare)).json() as PersonExport;
    const fanalRead = e.accessLog.find((a) => a.action === "read" && a.organisation?.id === w.s.fanal.organisationId);
    expect(fanalRead).toMatchObject({
      resource: "person",
      resourceId: personId,
      purpose: "maraude de nuit",
      outcome: "success",
      organisation: { name: "Le Fanal solidaire (fictive)" },
    });
    expect(e.accessLog.some((a) => a.action === "create" && a.resource === "encounter")).toBe(true);
    expect(e.accessLog.some((a) => a.resource === "request")).toBe(true);
    expect(e.accessLog.some((a) => a.action === "merge_target" && a.resourceId === personId)).toBe(true);
    expect(e.accessLog.some((a) => a.resourceId === duplicateId)).toBe(false);
    // The export being made is in its own log; no agent is named, only organisations.
    const exports = e.accessLog.filter((a) => a.action === "export" && a.resourceId === personId);
    expect(exports.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(e.accessLog)).not.toMatch(/Léa Martin|Tom Garcia|actor_user|userId/);
    const dates = e.accessLog.map((a) => a.at);
    expect([...dates].sort()).toEqual(dates);
  });

  it("audits every export, of the record and of the records merged into it, with its purpose", async () => {
    const before = (await exportsOf(personId)).length;
    await w.api.get(exportUrl(personId, "format=pdf&purpose=courrier%20de%20la%20personne"), w.s.coordinator);
    const entries = await exportsOf(personId);
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actor_user_id: w.s.coordinator.userId,
      purpose: "courrier de la personne",
      outcome: "success",
    });
    expect((await exportsOf(duplicateId)).at(-1)).toMatchObject({
      actor_user_id: w.s.coordinator.userId,
      organisation_id: w.s.operator.organisationId,
    });
  });

  it("gives the SIAO coordination a PDF that a reader can open: xref right, French accents in WinAnsi", async () => {
    const res = await w.api.get(exportUrl(personId, "format=pdf&purpose=demande%20d%27acc%C3%A8s"), w.s.coordinator);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="zero-export-${personId}.pdf"`);
    const pdf = readPdf(res.rawPayload);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const words of [
      "Vos données dans Zéro — Urgence sociale",
      "Zoé Lefèvre-Çà",
      "Le Cœur « du Panier »",
      "20 € de tickets",
      "Œil irrité",
      "Le Fanal solidaire (fictive)",
      "maraude de nuit",
      "Qui a consulté ou modifié votre fiche",
      "CNIL",
      "36 mois",
      "arabe (ar)",
      "animal de compagnie",
      "coordination du SIAO",
    ]) {
      expect(pdf.text.replace(/\n/g, " ")).toContain(words);
    }
    // Every page is numbered, and no page runs below its bottom margin.
    const footer = (i: number) => `Zéro — export de la fiche ${personId} — page ${i + 1} / ${pdf.pages.length}`;
    pdf.pages.forEach((lines, i) => expect(lines.at(-1)).toBe(footer(i)));
    const tds = [...res.rawPayload.toString("latin1").matchAll(/ ([\d.]+) ([\d.]+) Td /g)].map((m) => Number(m[2]));
    expect(Math.min(...tds)).toBeGreaterThanOrEqual(30);
    // The person's name is in the content, not in the file's title.
    expect(pdf.objects.get(5)).not.toMatch(/Lef/);
  });

  it("refuses a partner that reads the record through consent, and audits the refusal", async () => {
    const { fanal } = w.s;
    expect((await w.api.get(`/api/urgence/people/${personId}`, fanal)).statusCode).toBe(200);
    const res = await w.api.get(exportUrl(personId), fanal);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("URGENCE_EXPORT_OWNER_ONLY");
    expect(res.body).not.toContain("Lefèvre");
    const denied = (await exportsOf(personId)).filter((a) => a.outcome === "denied");
    expect(denied.map((a) => a.actor_user_id)).toEqual([fanal.userId]);
  });

  it("refuses structure staff, a viewer, another network, and no session", async () => {
    const oriented = await w.t.database.db
      .selectFrom("urgence_requests")
      .innerJoin("urgence_structures", "urgence_structures.id", "urgence_requests.proposed_structure_id")
      .select("urgence_requests.person_id")
      .where("urgence_structures.organisation_id", "=", w.s.abri.organisationId)
      .where("urgence_requests.status", "in", ["proposed", "accepted", "arrived"])
      .executeTakeFirstOrThrow();
    expect((await w.api.get(`/api/urgence/people/${oriented.person_id}`, w.s.abri)).statusCode).toBe(200);
    const staff = await w.api.get(exportUrl(oriented.person_id), w.s.abri);
    expect(staff.statusCode).toBe(403);
    expect(staff.json().error.code).toBe("URGENCE_EXPORT_OWNER_ONLY");
    expect((await w.api.get(exportUrl(personId), w.s.abri)).statusCode).toBe(404);
    expect((await w.api.get(exportUrl(personId), w.s.viewer)).statusCode).toBe(404);
    expect((await w.api.get(exportUrl(personId), w.s.cafViewer)).statusCode).toBe(404);
    expect((await w.api.get(exportUrl(personId), w.s.coordinator84)).statusCode).toBe(404);
    expect((await w.api.get(exportUrl(personId), w.s.ventoux)).statusCode).toBe(404);
    expect((await w.api.get(exportUrl(personId))).statusCode).toBe(401);
    expect((await w.api.get(exportUrl("0190a0a0-0000-7000-8000-000000000000"), w.s.coordinator)).statusCode).toBe(404);
  });

  it("answers bad input with 400 from the catalogue: no purpose, unknown format", async () => {
    const noPurpose = await w.api.get(`/api/urgence/people/${personId}/export?format=json`, w.s.phare);
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error.code).toBe("VALIDATION_FAILED");
    const badFormat = await w.api.get(exportUrl(personId, "format=docx&purpose=demande"), w.s.phare);
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("gives the coordination the records merged into the record, and their histories", async () => {
    const e = (await w.api.get(exportUrl(personId), w.s.coordinator)).json() as PersonExport;
    expect(e.requestedBy).toMatchObject({ access: "siao", organisation: { id: w.s.coordinator.organisationId } });
    expect(e.mergedRecords).toEqual([
      {
        id: duplicateId,
        organisation: { id: w.s.operator.organisationId, name: "SIAO 13 (démo)" },
        mergedIntoId: personId,
      },
    ]);
    expect(e.statusHistory.map((s) => s.recordId).sort()).toEqual([personId, duplicateId].sort());
    expect(e.accessLog.some((a) => a.action === "merge" && a.resourceId === duplicateId)).toBe(true);
  });

  it("exports a merged duplicate with the record it was merged into, for the coordination", async () => {
    const e = (await w.api.get(exportUrl(duplicateId), w.s.coordinator)).json() as PersonExport;
    expect(e.record).toMatchObject({ id: duplicateId, alias: "Zoé P.", mergedIntoId: personId });
    expect(e.mergedRecords.map((m) => m.id)).toEqual([personId]);
    expect(e.encounters).toHaveLength(1);
  });
});
