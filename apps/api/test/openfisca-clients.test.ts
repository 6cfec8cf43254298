import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// Fictional situations in the exact shape that public simulators send to OpenFisca's
// /calculate (aides-jeunes, Estime, Aides simplifiées, FacilAide+): fixtures/openfisca-clients/,
// whose README says which source each shape was read from. Replayed against Zéro, a request
// must never be refused for its inputs, and what it asks must be answered or named as not computed.

const FIXTURES = new URL("./fixtures/openfisca-clients/", import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".json"))
  .sort();

type Situation = Record<string, Record<string, Record<string, unknown>>>;

interface Ask {
  plural: string;
  id: string;
  variable: string;
  period: string;
}

const isPeriodMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every value the situation asks for: a `null` at a period. */
function asksOf(situation: Situation): Ask[] {
  const asks: Ask[] = [];
  for (const [plural, instances] of Object.entries(situation))
    for (const [id, instance] of Object.entries(instances))
      for (const [variable, value] of Object.entries(instance))
        if (isPeriodMap(value))
          for (const [period, v] of Object.entries(value)) if (v === null) asks.push({ plural, id, variable, period });
  return asks;
}

/** The same situation without the asks of the given variables (inputs at other periods stay). */
function withoutAsks(situation: Situation, variables: ReadonlySet<string>): Situation {
  const copy = structuredClone(situation);
  for (const instances of Object.values(copy))
    for (const instance of Object.values(instances))
      for (const [variable, value] of Object.entries(instance)) {
        if (!variables.has(variable) || !isPeriodMap(value)) continue;
        for (const [period, v] of Object.entries(value)) if (v === null) delete value[period];
        if (Object.keys(value).length === 0) delete instance[variable];
      }
  return copy;
}

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
