import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// Fictional households, June 2025 (RSA montant forfaitaire 646.52 € from 2025-04-01).
const single = (salary: number) => ({
  individus: {
    demandeur: {
      date_naissance: { ETERNITY: "1985-02-01" },
      salaire_net: Object.fromEntries(["2025-03", "2025-04", "2025-05", "2025-06"].map((m) => [m, salary])),
    },
  },
  familles: { f: { parents: ["demandeur"] } },
  menages: { m: { personne_de_reference: ["demandeur"], statut_occupation_logement: { "2025-06": "loge_gratuitement" } } },
});

describe("Mes droits API", { timeout: 60_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown) => t.app.inject({ method: "POST", url: `/api/droits${url}`, payload: payload as object });

  it("explains an award: the amount, why, the figures with their legal source, links to the law", async () => {
    const res = await post("/explain", { situation: single(0), variable: "rsa", period: "2025-06" });
    expect(res.statusCode, res.body).toBe(200);
    const { value, explanation } = res.json();
    expect(value).toBeGreaterThan(500);
    expect(explanation.summary).toMatch(/Vous avez droit au RSA/);
    expect(explanation.figures.some((f: { value: unknown }) => f.value === 646.52)).toBe(true);
    expect(explanation.sources.length).toBeGreaterThan(0);
    for (const s of explanation.sources) expect(s.href).toMatch(/^https:\/\//);
  });

  it("explains a refusal with the nearest change that opens the right", async () => {
    const res = await post("/explain", { situation: single(2500), variable: "ppa", period: "2025-06" });
    expect(res.statusCode, res.body).toBe(200);
    const { value, explanation } = res.json();
    expect(value).toBe(0);
    expect(explanation.nearestChange?.text).toMatch(/prime d'activité/);
    expect(explanation.nearestChange.text).toMatch(/salaire net inférieur à/);
  });

  it("refuses unknown and not computed benefits, and bad situations, with 4xx and a stable code", async () => {
    const unknown = await post("/explain", { situation: single(0), variable: "rsa_nope", period: "2025-06" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("DROITS_UNKNOWN_VARIABLE");
    const bad = await post("/explain", {
      situation: { individus: { a: { salaire_net: { "2025-13": 1 } } } },
      variable: "rsa",
      period: "2025-06",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("DROITS_INVALID_SITUATION");
    const noBody = await post("/explain", { variable: "rsa" });
    expect(noBody.statusCode).toBe(400);
  });

  it("asks only what the results still depend on, and reaches the same amounts as /calculate", async () => {
    let situation: Record<string, Record<string, Record<string, unknown>>> = {
      individus: { demandeur: {} },
      familles: { f: { parents: ["demandeur"] } },
      menages: { m: { personne_de_reference: ["demandeur"] } },
    };
    const answers: Record<string, unknown> = {
      date_naissance: "1985-02-01",
      salaire_net: 600,
      statut_occupation_logement: "locataire_vide",
      loyer: 500,
      depcom: "13201",
      activite: "actif",
      statut_marital: "celibataire",
    };
    let rounds = 0;
    let body;
    do {
      body = (await post("/next", { situation, period: "2025-06" })).json();
      for (const q of body.questions as {
        variable: string;
        entity: string;
        id: string;
        period: string;
        type: string;
        label: string;
        months?: string[];
      }[]) {
        expect(q.label).toBeTruthy();
        const answer = answers[q.variable] ?? (q.type === "boolean" ? false : q.type === "number" || q.type === "integer" ? 0 : undefined);
        if (answer === undefined) continue;
        situation = structuredClone(situation);
        const given = q.months ? Object.fromEntries(q.months.map((m) => [m, answer])) : { [q.period]: answer };
        situation[q.entity]![q.id]![q.variable] = { ...(situation[q.entity]![q.id]![q.variable] as object), ...given };
      }
      rounds += 1;
    } while (body.questions.length > 0 && rounds < 20);
    expect(body.questions).toEqual([]);
    expect(body.results.every((r: { status: string }) => r.status !== "unknown")).toBe(true);
    for (const name of ["rsa", "ppa", "aide_logement"]) {
      const result = body.results.find((r: { variable: string }) => r.variable === name);
      const calculated = await t.app.inject({
        method: "POST",
        url: "/api/openfisca/calculate",
        payload: { ...situation, familles: { f: { ...situation.familles!.f, [name]: { "2025-06": null } } } },
      });
      expect(calculated.statusCode, calculated.body).toBe(200);
      expect(result.amount, name).toBeCloseTo(calculated.json().familles.f[name]["2025-06"], 2);
    }
    expect(body.results.find((r: { variable: string }) => r.variable === "ppa").status).toBe("eligible");
  });
});
