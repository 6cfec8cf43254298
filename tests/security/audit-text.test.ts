import { personalDataIn } from "@zero/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purpose, urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";

// Point 7 of issue 11: purposes and reasons are free text kept in the audit log for a year
// and beside records: they say why, never who. A text that looks like a phone, an e-mail, an
// identification number or a named person is refused (packages/schemas/src/free-text.ts).

describe("purposes and reasons carry nothing personal", () => {
  it("recognises phones, e-mails, identification numbers, civilities and births", () => {
    const personal: [string, string][] = [
      ["rappeler au 06 12 34 56 78", "phone"],
      ["tél. 0612345678", "phone"],
      ["joint au +33 6 12 34 56 78", "phone"],
      ["numéro 04.91.00.00.00 du foyer", "phone"],
      ["écrire à karim.b@example.org", "email"],
      ["NIR 1 85 05 13 055 123 45", "identifier"],
      ["allocataire 2850513055123", "identifier"],
      ["suivi de M. Dupont", "name"],
      ["demande de Mme Karima", "name"],
      ["née le 3 mars 1980", "birth"],
    ];
    for (const [text, kind] of personal) expect(personalDataIn(text), text).toBe(kind);
    const fine = [
      "orientation du soir",
      "suivi de la personne",
      "relogement, 12 rue de la République 13001 Marseille",
      "maraude du 2026-12-07 à 22:30",
      "appel au 115 de 23 h, places du 2026-12-07 au 2026-12-08",
      "demande d'accès de la personne (RGPD, article 15)",
      "commission SIAO n° 42",
      "mise à l'abri M.A.S. Saint-Louis",
    ];
    for (const text of fine) expect(personalDataIn(text), text).toBeNull();
  });

  describe("through the API", () => {
    let w: UrgenceWorld;
    let personId: string;
    beforeAll(async () => {
      w = await urgenceWorld();
      personId = (
        await w.api.post("/api/urgence/people", w.s.phare, { organisationId: w.s.phare.organisationId, alias: "Fictif du motif", purpose })
      ).json().id;
    });
    afterAll(() => w.t.close());

    it("refuses such a purpose or reason with 400, names the field, and writes nothing", async () => {
      const audit = async () =>
        Number(
          (
            await w.t.database.db
              .selectFrom("audit_log")
              .select((e) => e.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await audit();
      const attempts = [
        await w.api.patch(`/api/urgence/people/${personId}`, w.s.phare, { householdAdults: 2, purpose: "rappeler au 06 12 34 56 78" }),
        await w.api.get(`/api/urgence/people/${personId}?purpose=${encodeURIComponent("lecture pour Mme Martin")}`, w.s.phare),
        await w.api.post(`/api/urgence/people/${personId}/status`, w.s.phare, {
          status: "inactive",
          reason: "parti chez karim@example.org",
          purpose,
        }),
        await w.api.post(`/api/urgence/people/${personId}/proposals`, w.s.fanal, {
          kind: "deceased",
          reason: "né le 3 mars 1980, décédé",
          purpose,
        }),
      ];
      const fields = ["purpose", "purpose", "reason", "reason"];
      for (const [i, res] of attempts.entries()) {
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.code).toBe("PERSONAL_DATA_IN_TEXT");
        expect(res.json().error.message).toContain(`« ${fields[i]} »`);
      }
      expect(await audit()).toBe(before);
      const person = (await w.api.get(`/api/urgence/people/${personId}`, w.s.phare)).json();
      expect(person).toMatchObject({ listStatus: "active" });
      expect(person.householdAdults).not.toBe(2);
    });

    it("marks every purpose and reason an API accepts", async () => {
      const spec = (await w.t.app.inject({ url: "/api/docs/json" })).json() as { paths: Record<string, Record<string, unknown>> };
      const unmarked: string[] = [];
      let seen = 0;
      const walk = (node: unknown, where: string) => {
        if (!node || typeof node !== "object") return;
        for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
          const named = (k === "purpose" || k === "reason") && v && typeof v === "object" && (v as { type?: string }).type === "string";
          if (named) {
            seen += 1;
            if (!("x-no-personal-data" in (v as object))) unmarked.push(`${where}/${k}`);
          }
          walk(v, `${where}/${k}`);
        }
      };
      for (const [path, methods] of Object.entries(spec.paths)) {
        for (const [method, op] of Object.entries(methods)) {
          const { requestBody, parameters } = op as { requestBody?: unknown; parameters?: { name?: string; schema?: object }[] };
          walk(requestBody, `${method} ${path}`);
          for (const p of parameters ?? [])
            if (p.name === "purpose" || p.name === "reason") walk({ [p.name]: p.schema }, `${method} ${path} query`);
        }
      }
      expect(seen).toBeGreaterThan(30);
      expect(unmarked).toEqual([]);
    });
  });
});
