import { describe, expect, it } from "vitest";
import {
  Instant,
  Simulation,
  ageInMonths,
  ageInYears,
  createTaxBenefitSystem,
  defineVariable,
  knownConstant,
  toDays,
  EngineError,
} from "../src/index.ts";
import { sixPersons } from "./fixtures.ts";
import { entities, parameters, toyVariables } from "./toy-system.ts";

const arr = (v: ArrayLike<number> | string[]) => Array.from(v as ArrayLike<number>);
const ref = "https://www.legifrance.gouv.fr/toy";

describe("shared constant vectors (defaults and scalar results)", () => {
  it("gives every variable read without input nor formula the same read-only vector, tagged with its value", () => {
    const sim = sixPersons();
    const a = sim.calculate("salaire_net", "2021-01");
    const b = sim.calculate("salaire_net", "2021-02");
    expect(a).toBe(b);
    expect(arr(a)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(knownConstant(a)).toBe(0);
    // A non-zero default has its own vector (date_naissance defaults to 1970-01-01, day 0; statut to index 0).
    expect(knownConstant(sim.calculate("date_naissance", "ETERNITY"))).toBe(0);
    expect(knownConstant(sim.calculate("statut_occupation", "2021-01"))).toBe(0);
    // A formula's scalar result is shared too (socle is 1000 for every famille from 2022).
    const s = sim.calculate("socle", "2022-01");
    expect(arr(s)).toEqual([1000, 1000, 1000]);
    expect(knownConstant(s)).toBe(1000);
    expect(sim.calculate("socle", "2022-02")).toBe(s);
  });

  it("does not tag inputs nor computed vectors", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-01", [0, 0, 0, 0, 0, 0]);
    expect(knownConstant(sim.calculate("salaire_net", "2021-01"))).toBeUndefined();
    expect(knownConstant(sim.calculate("nb_enfants", "2021-01"))).toBeUndefined();
    expect(knownConstant(new Float64Array(3))).toBeUndefined();
    expect(knownConstant([1, 2])).toBeUndefined();
  });

  it("keeps separate vectors per simulation, size and type", () => {
    const s1 = sixPersons();
    const s2 = sixPersons();
    expect(s1.calculate("salaire_net", "2021-01")).not.toBe(s2.calculate("salaire_net", "2021-01"));
    const sim = sixPersons();
    const persons = sim.calculate("salaire_net", "2021-01");
    const groups = sim.calculate("socle", "2019-01"); // before the first formula: the default, per famille
    expect(groups).not.toBe(persons);
    expect(groups.length).toBe(3);
    expect(knownConstant(groups)).toBe(0);
  });

  it("projects a constant group value as a shared constant, with the values of a projection", () => {
    const sim = sixPersons();
    const projected = sim.population("individu").group("famille", "socle", "2022-01");
    expect(arr(projected)).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect(knownConstant(projected)).toBe(1000);
    expect(projected).toBeInstanceOf(Float64Array);
    const computed = sim.population("individu").group("famille", "nb_enfants", "2021-01");
    expect(arr(computed)).toEqual([1, 1, 1, 0, 1, 1]);
    expect(knownConstant(computed)).toBeUndefined();
  });

  it("sums over sub-periods the same with constant zero months", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-03", [300, 0, 0, 0, 30, 0]);
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([300, 0, 0, 0, 30, 0]);
    expect(arr(sim.calculateAdd("salaire_net", "2019"))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("throws at the end of the next calculation when a formula writes to a vector it read", () => {
    const bad = defineVariable({
      name: "bad",
      entity: "individu",
      valueType: "float",
      definitionPeriod: "month",
      label: "Bad",
      reference: ref,
      formulas: {
        "1900-01-01": ({ individu, period }) => {
          const v = individu("salaire_net", period) as Float64Array;
          v[2] = 5; // forbidden: vectors read are shared
          return v;
        },
      },
    });
    const system = createTaxBenefitSystem({ entities, parameters, variables: [...Object.values(toyVariables), bad] });
    const group = Int32Array.from([0, 0, 0]);
    const role = Int32Array.from([0, 1, 2]);
    const sim = new Simulation(system, {
      counts: { individu: 3, famille: 1, foyer_fiscal: 1, menage: 1 },
      memberships: { famille: { group, role }, foyer_fiscal: { group, role }, menage: { group, role } },
    });
    expect(() => sim.calculate("bad", "2021-01")).toThrow(EngineError);
    expect(() => sim.calculate("bad", "2021-02")).toThrow(/must never write to a vector they read/);
  });

  it("freezes a shared str vector", () => {
    const label = defineVariable({
      name: "label",
      entity: "famille",
      valueType: "str",
      definitionPeriod: "month",
      label: "Label",
      reference: ref,
    });
    const system = createTaxBenefitSystem({ entities, parameters, variables: [...Object.values(toyVariables), label] });
    const sim = new Simulation(system, {
      counts: { individu: 1, famille: 1, foyer_fiscal: 1, menage: 1 },
      memberships: Object.fromEntries(
        ["famille", "foyer_fiscal", "menage"].map((k) => [k, { group: Int32Array.of(0), role: Int32Array.of(0) }]),
      ),
    });
    const v = sim.population("famille").strings("label", "2021-01");
    expect(v).toEqual([""]);
    expect(Object.isFrozen(v)).toBe(true);
    expect(knownConstant(v)).toBe("");
  });
});

describe("sums over sub-periods (calculateAdd) are kept", () => {
  it("gives each caller its own array, the same values", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021", [12000, 6000, 0, 0, 1200, 0]);
    const a = sim.calculateAdd("salaire_net", "2021");
    a[0] = -1; // the caller's own array
    const b = sim.calculateAdd("salaire_net", "2021");
    expect(b).not.toBe(a);
    expect(arr(b)).toEqual([12000, 6000, 0, 0, 1200, 0]);
    expect(sim.memoryUsage().cacheBytes).toBeGreaterThan(0);
  });

  it("forgets a sum when an input of the variable changes, or the cache is cleared", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-01", [100, 0, 0, 0, 0, 0]);
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([100, 0, 0, 0, 0, 0]);
    sim.setInput("salaire_net", "2021-02", [0, 50, 0, 0, 0, 0]);
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([100, 50, 0, 0, 0, 0]);
    sim.clearCache();
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([100, 50, 0, 0, 0, 0]);
  });

  it("keeps sums of inputs through a spiral, and sums what a spiral dropped afresh", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-01", [100, 0, 0, 0, 0, 0]);
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([100, 0, 0, 0, 0, 0]);
    sim.calculate("rsa", "2021-03"); // rsa(m) → aide_logement(m) → rsa(m-1): a spiral, values dropped
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([100, 0, 0, 0, 0, 0]);
    const first = arr(sim.calculateAdd("rsa", "2021"));
    sim.calculate("rsa", "2021-06");
    const again = arr(sim.calculateAdd("rsa", "2021"));
    // The same months computed one by one in a fresh simulation.
    const fresh = sixPersons();
    fresh.setInput("salaire_net", "2021-01", [100, 0, 0, 0, 0, 0]);
    const expected = new Array<number>(fresh.count("famille")).fill(0);
    for (let m = 1; m <= 12; m++) {
      const v = fresh.calculate("rsa", `2021-${String(m).padStart(2, "0")}`) as Float64Array;
      v.forEach((x, i) => (expected[i]! += x));
    }
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
  });

  it("traces every sub-period each time (no kept sums while tracing)", () => {
    const sim = sixPersons({ trace: true });
    sim.calculateAdd("salaire_net", "2021");
    sim.calculateAdd("salaire_net", "2021");
    expect(sim.trace().length).toBe(24);
  });
});

describe("ages", () => {
  it("follow a birth vector that changed since the last call", () => {
    const births = Int32Array.from([toDays("2000-06-15"), toDays("1990-01-01")]);
    expect(arr(ageInYears(births, new Instant(2024, 6, 14)))).toEqual([23, 34]);
    births[0] = toDays("2001-06-15");
    expect(arr(ageInYears(births, new Instant(2024, 6, 14)))).toEqual([22, 34]);
    expect(arr(ageInMonths(births, new Instant(2024, 6, 15)))).toEqual([276, 413]);
    expect(arr(ageInYears([toDays("2000-06-15")], new Instant(2024, 6, 15)))).toEqual([24]);
  });

  it("agree with calendar arithmetic on Dates, across leap years and centuries", () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const births = Int32Array.from({ length: 5000 }, () => Math.floor(-50000 + random() * 100000));
    births[0] = toDays("2000-02-29");
    births[1] = toDays("1900-03-01");
    births[2] = toDays("1600-02-29");
    for (const at of [new Instant(2024, 2, 28), new Instant(2024, 2, 29), new Instant(2025, 3, 1), new Instant(1900, 12, 31)]) {
      const years = ageInYears(births, at);
      const months = ageInMonths(births, at);
      for (let i = 0; i < births.length; i++) {
        const d = new Date(births[i]! * 86_400_000);
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const expectedYears = at.year - y - (at.month < m || (at.month === m && at.day < day) ? 1 : 0);
        const expectedMonths = (at.year - y) * 12 + (at.month - m) - (at.day < day ? 1 : 0);
        if (years[i] !== expectedYears || months[i] !== expectedMonths) {
          expect({ i, birth: births[i], years: years[i], months: months[i] }).toEqual({
            i,
            birth: births[i],
            years: expectedYears,
            months: expectedMonths,
          });
        }
      }
    }
  });
});
