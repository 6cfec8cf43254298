import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFrenchSystem, zeroStatus } from "@zero/legislation-fr";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// Variables Zéro does not compute yet, picked from the model as it is (the list shrinks as
// benefits are built): one yearly and one monthly on the famille, one monthly on a person.
const model = buildFrenchSystem();
const notComputed = (entity: string, period: string): string =>
  [...model.variables].find(
    (v) => v.entity === entity && v.definitionPeriod === period && v.valueType === "float" && zeroStatus(v) === "not_computed",
  )!.name;
const FAMILLE_YEAR = notComputed("famille", "year");
const FAMILLE_MONTH = notComputed("famille", "month");
const INDIVIDU_MONTH = notComputed("individu", "month");

// A fictional single parent and her 16-year-old son, tenants, as a public simulator sends
// them: OpenFisca-France inputs that Zéro's formulas do not read, each on OpenFisca's entity.
const situation = (asked: { famille?: Record<string, unknown>; parent?: Record<string, unknown> }) => ({
  individus: {
    mere: {
      date_naissance: { ETERNITY: "1985-06-15" },
      salaire_net: { "2025-01": 900, "2025-02": 900, "2025-03": 900 },
      alternant: { "2025-04": false },
      sortie_academie: { ETERNITY: false },
      ...asked.parent,
    },
    fils: {
      date_naissance: { ETERNITY: "2008-09-01" },
      bourse_criteres_sociaux_distance_domicile_familial: { "2025-04": 0 },
      scolarite: { "2025-04": "lycee" },
    },
  },
  familles: { f: { parents: ["mere"], enfants: ["fils"], rsa: { "2025-04": null }, ...asked.famille } },
  foyers_fiscaux: { ff: { declarants: ["mere"], personnes_a_charge: ["fils"] } },
  menages: {
    m: {
      personne_de_reference: ["mere"],
      enfants: ["fils"],
      date_entree_logement: { "2025-04": "2021-09-01" },
      statut_occupation_logement: { "2025-04": "locataire_vide" },
      loyer: { "2025-04": 550 },
    },
  },
});

describe("OpenFisca-France's whole catalogue over the Web API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown) => t.app.inject({ method: "POST", url: `/api/openfisca${url}`, payload: payload as object });

  it("accepts any catalogue input on OpenFisca's entity, and computes what Zéro computes", async () => {
    const res = await post("/calculate", situation({}));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.menages.m.date_entree_logement).toEqual({ "2025-04": "2021-09-01" });
    expect(body.individus.mere.alternant).toEqual({ "2025-04": false });
    expect(typeof body.familles.f.rsa["2025-04"]).toBe("number");
    expect(body.familles.f.rsa["2025-04"]).toBeGreaterThan(0);
  });

  it("refuses, before computing, every variable asked that Zéro does not compute yet, in one 422", async () => {
    const res = await post(
      "/calculate",
      situation({
        famille: { [FAMILLE_YEAR]: { "2025": null }, [FAMILLE_MONTH]: { "2025-04": null } },
        parent: { [INDIVIDU_MONTH]: { "2025-04": null } },
      }),
    );
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe("OPENFISCA_NOT_COMPUTED");
    expect(body.error.message).toMatch(/ne calcule pas encore/);
    expect([...body.error.details.variables].sort()).toEqual([FAMILLE_YEAR, FAMILLE_MONTH, INDIVIDU_MONTH].sort());
    expect(body.error.details.paths).toContain(`individus.mere.${INDIVIDU_MONTH}`);
    expect(body.familles.f[FAMILLE_YEAR]).toMatch(new RegExp(`does not compute variable '${FAMILLE_YEAR}'`));
    expect(body.individus.mere[INDIVIDU_MONTH]).toMatch(new RegExp(INDIVIDU_MONTH));

    const traced = await post("/trace", situation({ famille: { [FAMILLE_YEAR]: null } }));
    expect(traced.statusCode).toBe(422);
    expect(traced.json().error.details.variables).toEqual([FAMILLE_YEAR]);
  });

  it("answers a not-computed variable given as an input, not asked for", async () => {
    const res = await post("/calculate", situation({ famille: { [FAMILLE_YEAR]: { "2025": 0 } } }));
    expect(res.statusCode, res.body).toBe(200);
  });

  it("lists every catalogue variable and says what Zéro does with each", async () => {
    const variables = (await t.app.inject({ method: "GET", url: "/api/openfisca/variables" })).json();
    expect(Object.keys(variables).length).toBeGreaterThanOrEqual(3142);
    expect(variables.rsa.zero).toBe("computed");
    expect(variables[FAMILLE_YEAR].zero).toBe("not_computed");
    expect(variables.ars.zero).toBe("computed");
    expect(variables.alternant.zero).toBe("input");
    const counts = Object.values(variables as Record<string, { zero: string }>).reduce<Record<string, number>>(
      (acc, v) => ({ ...acc, [v.zero]: (acc[v.zero] ?? 0) + 1 }),
      {},
    );
    expect(counts.computed).toBeGreaterThan(100);
    expect(counts.not_computed).toBeGreaterThan(100);

    const date = (await t.app.inject({ method: "GET", url: "/api/openfisca/variable/date_entree_logement" })).json();
    expect(date).toMatchObject({
      entity: "menage",
      valueType: "Date",
      definitionPeriod: "MONTH",
      defaultValue: "1970-01-01",
      zero: "input",
    });
    expect(date.source).toMatch(/openfisca_france\/model\//);
    const stub = (await t.app.inject({ method: "GET", url: `/api/openfisca/variable/${FAMILLE_YEAR}` })).json();
    expect(stub).toMatchObject({ entity: "famille", definitionPeriod: "YEAR", zero: "not_computed" });
    expect(stub.formulas).toBeUndefined();
  });
});
