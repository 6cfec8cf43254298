import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// A fictional single adult, tenant, whose monthly net wage runs from 0 to 2,000 €: the curve
// of her RSA and prime d'activité, as a simulator draws it with OpenFisca's `axes`.
const curve = (axes: unknown) => ({
  individus: { demandeur: { date_naissance: { ETERNITY: "1990-03-01" } } },
  familles: { f: { parents: ["demandeur"], rsa: { "2025-04": null }, ppa: { "2025-04": null } } },
  menages: { m: { personne_de_reference: ["demandeur"], statut_occupation_logement: { "2025-04": "locataire_vide" } } },
  axes,
});
// 0 to 8,000 € from January to April: 0 to 2,000 € a month (OpenFisca divides a period's value;
// a wage that stopped in April would be neutralised, CASF art. R262-13).
const wage = { name: "salaire_net", count: 5, min: 0, max: 8000, period: "month:2025-01:4" };

describe("OpenFisca axes over the Web API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (payload: unknown) => t.app.inject({ method: "POST", url: "/api/openfisca/calculate", payload: payload as object });

  it("answers one copy of the situation per point, ids suffixed, the axes echoed", async () => {
    const res = await post(curve([[wage]]));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.axes).toEqual([[wage]]);
    expect(Object.keys(body.familles)).toEqual(["f0", "f1", "f2", "f3", "f4"]);
    expect(body.familles.f2.parents).toEqual(["demandeur2"]);
    const rsa = [0, 1, 2, 3, 4].map((k) => body.familles[`f${k}`].rsa["2025-04"] as number);
    const ppa = [0, 1, 2, 3, 4].map((k) => body.familles[`f${k}`].ppa["2025-04"] as number);
    // Each point is the same situation asked alone, with that wage.
    for (const k of [0, 2, 4]) {
      const months = { "2025-01": 500 * k, "2025-02": 500 * k, "2025-03": 500 * k, "2025-04": 500 * k };
      const alone = curve(undefined) as Record<string, unknown> & { individus: { demandeur: Record<string, unknown> } };
      delete alone.axes;
      alone.individus.demandeur.salaire_net = months;
      const single = (await post(alone)).json();
      expect(rsa[k]).toBeCloseTo(single.familles.f.rsa["2025-04"], 2);
      expect(ppa[k]).toBeCloseTo(single.familles.f.ppa["2025-04"], 2);
    }
    expect(rsa[0]).toBeGreaterThan(500);
    expect(rsa[4]).toBe(0);
    for (let k = 1; k < 5; k++) expect(rsa[k]).toBeLessThanOrEqual(rsa[k - 1]!);
    expect(ppa[2]).toBeGreaterThan(0);
  });

  it("varies two inputs as a grid", async () => {
    const rent = { name: "loyer", count: 2, min: 300, max: 600, period: "2025-04" };
    const res = await post(curve([[wage], [rent]]));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body.familles)).toHaveLength(10);
    expect(body.menages.m0.loyer).toEqual({ "2025-04": 300 });
    expect(body.menages.m9.loyer).toEqual({ "2025-04": 600 });
  });

  it("refuses bad axes with a 400 at their path, and too many cells with a 413 before computing", async () => {
    const bad = await post(curve([[{ ...wage, count: -2 }]]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("INVALID_SITUATION");
    expect(bad.json().error.details.path).toEqual(["axes", "0", "0", "count"]);
    const word = await post(curve([[{ ...wage, name: "statut_occupation_logement" }]]));
    expect(word.statusCode).toBe(400);

    const huge = await post(curve([[{ ...wage, count: 1_000_000 }]]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.details.bound).toBe("cellules des axes");
    const grid = await post(curve([[{ ...wage, count: 40 }], [{ ...wage, name: "loyer", count: 40, period: "2025-04" }]]));
    expect(grid.statusCode).toBe(413);
  });
});
