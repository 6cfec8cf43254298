import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// A couple with two children under 14 and modest income, April 2018: allocations
// familiales are 32 % of the BMAF (411.92 € from 2018-04-01), before CRDS: 131.81 €.
const family = {
  individus: {
    parent1: { age: { "2018-04": 38 }, revenu_assimile_salaire: { "2016": 20000, "2017": 20000, "2018": 20000 } },
    parent2: { age: { "2018-04": 35 }, revenu_assimile_salaire: { "2016": 10000, "2017": 10000, "2018": 10000 } },
    enfant1: { age: { "2018-04": 12 } },
    enfant2: { age: { "2018-04": 10 } },
  },
  familles: { f: { parents: ["parent1", "parent2"], enfants: ["enfant1", "enfant2"], af: { "2018-04": null } } },
  foyers_fiscaux: { ff: { declarants: ["parent1", "parent2"], personnes_a_charge: ["enfant1", "enfant2"] } },
  menages: { m: { personne_de_reference: ["parent1"], conjoint: ["parent2"], enfants: ["enfant1", "enfant2"] } },
};

// A single adult aged 44 with no income, January 2024: RSA is the montant forfaitaire
// for one person (607.75 € from 2023-04-01; art. L262-2 CASF, décret 2023-…).
const single = {
  individus: { demandeur: { date_naissance: { ETERNITY: "1980-01-01" } } },
  familles: { f: { parents: ["demandeur"], rsa: { "2024-01": null } } },
  menages: { m: { personne_de_reference: ["demandeur"], statut_occupation_logement: { "2024-01": "locataire_vide" } } },
};

describe("OpenFisca Web API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown) => t.app.inject({ method: "POST", url: `/api/openfisca${url}`, payload: payload as object });

  it("fills the null values of a situation, without login", async () => {
    const res = await post("/calculate", family);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.familles.f.af["2018-04"]).toBeCloseTo(131.81, 1);
    expect(body.individus).toEqual(family.individus);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
  });

  it("computes the RSA of a single person with no income", async () => {
    const res = await post("/calculate", single);
    expect(res.statusCode).toBe(200);
    expect(res.json().familles.f.rsa["2024-01"]).toBeCloseTo(607.75, 2);
  });

  it("answers an unknown variable with a 404 naming it, at its path, as OpenFisca does", async () => {
    const res = await post("/calculate", { individus: { bill: { salaire_nett: { "2024-01": 1000 } } } });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body.error.code).toBe("UNKNOWN_VARIABLE");
    expect(body.error.details.variable).toBe("salaire_nett");
    expect(body.individus.bill.salaire_nett).toMatch(/salaire_nett/);
  });

  it("answers unreadable situations with 400, never 500", async () => {
    const bad: unknown[] = [
      { individus: { a: { salaire_net: { "2024-13": 1 } } } },
      { individus: { a: {} }, familles: { f: { parents: ["ghost"] } } },
      { individus: { a: { salaire_net: { "2024-01": "beaucoup" } } } },
      { animaux: {} },
      { individus: { a: { salaire_net: 1000 } }, familles: { f: { parents: ["a"], rsa: null } } },
      { individus: { a: { salaire_net: { "2024-01": 1, "2024-02": 1, "month:2024-01:2": 10 } } } },
    ];
    for (const situation of bad) {
      const res = await post("/calculate", situation);
      expect(res.statusCode, JSON.stringify(situation)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(situation)).toBeLessThan(500);
      expect(typeof res.json().error.code).toBe("string");
    }
    const notJson = await t.app.inject({
      method: "POST",
      url: "/api/openfisca/calculate",
      payload: "{",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.statusCode).toBe(400);
  });

  it("traces the computation as OpenFisca's /trace", async () => {
    const res = await post("/trace", single);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.requestedCalculations).toEqual(["rsa<2024-01>"]);
    expect(body.trace["rsa<2024-01>"].value).toEqual([607.75]);
    expect(body.trace["rsa<2024-01>"].dependencies.length).toBeGreaterThan(0);
    expect(body.entitiesDescription.individus).toEqual(["demandeur"]);
    const withParameters = Object.values(body.trace as Record<string, { parameters: object }>).filter(
      (n) => Object.keys(n.parameters).length > 0,
    );
    expect(withParameters.length).toBeGreaterThan(0);
  });

  it("describes variables, parameters and entities", async () => {
    const variables = (await t.app.inject({ method: "GET", url: "/api/openfisca/variables" })).json();
    for (const name of ["rsa", "ppa", "af", "salaire_net"]) expect(variables[name].href).toMatch(new RegExp(`/variable/${name}$`));
    const rsa = (await t.app.inject({ method: "GET", url: "/api/openfisca/variable/rsa" })).json();
    expect(rsa).toMatchObject({ id: "rsa", valueType: "Float", definitionPeriod: "MONTH", entity: "famille" });
    expect(rsa.references.join(" ")).toMatch(/L262/);
    const statut = (await t.app.inject({ method: "GET", url: "/api/openfisca/variable/statut_occupation_logement" })).json();
    expect(statut.possibleValues.locataire_vide).toBeTruthy();

    const missing = await t.app.inject({ method: "GET", url: "/api/openfisca/variable/nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("UNKNOWN_VARIABLE");

    const parameters = (await t.app.inject({ method: "GET", url: "/api/openfisca/parameters" })).json();
    const bmaf = Object.keys(parameters).find((p) => p.endsWith("bmaf.bmaf"));
    expect(bmaf).toBeTruthy();
    for (const id of [bmaf!, bmaf!.replaceAll(".", "/")]) {
      const p = (await t.app.inject({ method: "GET", url: `/api/openfisca/parameter/${id}` })).json();
      expect(p.values["2018-04-01"]).toBeCloseTo(411.92, 2);
    }
    const noParam = await t.app.inject({ method: "GET", url: "/api/openfisca/parameter/a/b/c" });
    expect(noParam.statusCode).toBe(404);
    expect(noParam.json().error.code).toBe("UNKNOWN_PARAMETER");

    const entities = (await t.app.inject({ method: "GET", url: "/api/openfisca/entities" })).json();
    expect(entities.famille.plural).toBe("familles");
    expect(entities.famille.roles.parent.plural).toBe("parents");
  });

  it("answers CORS preflight requests", async () => {
    const res = await t.app.inject({ method: "OPTIONS", url: "/api/openfisca/calculate" });
    expect(res.statusCode).toBe(204);
    expect(res.headers["access-control-allow-methods"]).toMatch(/POST/);
  });
});
