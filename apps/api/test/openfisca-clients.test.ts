import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asksOf, withoutAsks, type Ask, type Situation } from "./helpers/openfisca-asks.ts";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// Fictional situations in the exact shape that public simulators send to OpenFisca's
// /calculate (aides-jeunes, Estime, Aides simplifiées, FacilAide+): fixtures/openfisca-clients/,
// whose README says which source each shape was read from. Replayed against Zéro, a request
// must never be refused for its inputs, and what it asks must be answered or named as not computed.

const FIXTURES = new URL("./fixtures/openfisca-clients/", import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".json"))
  .sort();

const load = (file: string): Situation => JSON.parse(readFileSync(new URL(file, FIXTURES), "utf8")) as Situation;

describe("public OpenFisca clients' requests replayed against Zéro", () => {
  let t: TestApp;
  let status: Record<string, { zero: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    status = (await t.app.inject({ method: "GET", url: "/api/openfisca/variables" })).json();
  });
  afterAll(() => t.close());

  const calculate = (payload: Situation) => t.app.inject({ method: "POST", url: "/api/openfisca/calculate", payload });

  const expectFilled = (body: Situation, asks: readonly Ask[]) => {
    const unfilled = asks
      .filter(({ plural, id, variable, period }) => {
        const value = (body[plural]?.[id]?.[variable] as Record<string, unknown> | undefined)?.[period];
        return !["number", "boolean", "string"].includes(typeof value);
      })
      .map((a) => `${a.plural}.${a.id}.${a.variable}<${a.period}>`);
    expect(unfilled).toEqual([]);
  };

  it("has fixtures of every client", () => {
    for (const client of ["aides-jeunes-", "estime-", "aides-simplifiees-", "facilaide-"])
      expect(fixtures.filter((f) => f.startsWith(client)).length, client).toBeGreaterThan(0);
  });

  it.each(fixtures)("%s: accepted as sent, answered or refused only for what Zéro does not compute", { timeout: 120_000 }, async (file) => {
    const situation = load(file);
    const asks = asksOf(situation);
    expect(asks.length).toBeGreaterThan(0);
    const asked = [...new Set(asks.map((a) => a.variable))];
    // Every variable the fixture names is in OpenFisca-France's catalogue (no extension variable).
    const names = new Set(Object.values(situation).flatMap((instances) => Object.values(instances).flatMap((i) => Object.keys(i))));
    const roles = new Set(["parents", "enfants", "declarants", "personnes_a_charge", "personne_de_reference", "conjoint"]);
    expect([...names].filter((n) => !roles.has(n) && status[n] === undefined)).toEqual([]);
    const notComputed = asked.filter((v) => status[v]?.zero === "not_computed").sort();

    const res = await calculate(situation);
    expect([400, 404], res.body).not.toContain(res.statusCode);
    if (notComputed.length === 0) {
      expect(res.statusCode, res.body).toBe(200);
      expectFilled(res.json(), asks);
    } else {
      expect(res.statusCode, res.body).toBe(422);
      const error = res.json().error;
      expect(error.code).toBe("OPENFISCA_NOT_COMPUTED");
      expect([...error.details.variables].sort()).toEqual(notComputed);
    }

    // The same request without the asks Zéro cannot answer yet is computed whole.
    const rest = withoutAsks(situation, new Set(notComputed));
    const restAsks = asksOf(rest);
    const again = await calculate(rest);
    expect(again.statusCode, again.body).toBe(200);
    expectFilled(again.json(), restAsks);
  });
});
