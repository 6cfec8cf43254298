import { describe, expect, it } from "vitest";
import { CycleError, PeriodMismatchError, Simulation, UnknownVariableError, EntityError, Instant } from "../src/index.ts";
import { sixPersons } from "./fixtures.ts";
import { toySystem } from "./toy-system.ts";

const arr = (v: ArrayLike<number> | string[]) => Array.from(v as ArrayLike<number>);

describe("group aggregates", () => {
  const sim = sixPersons();
  const famille = sim.population("famille");
  const individu = sim.population("individu");
  const v = Float64Array.from([10, 20, 3, 40, 50, 6]);

  it("sum, any, all, max, min, with and without role", () => {
    expect(arr(famille.sum(v))).toEqual([33, 40, 56]);
    expect(arr(famille.sum(v, "parent"))).toEqual([30, 40, 50]);
    expect(arr(famille.sum(v, "parents"))).toEqual([30, 40, 50]);
    expect(arr(famille.sum(v, "enfant"))).toEqual([3, 0, 6]);
    expect(arr(famille.sum(v, "conjoint"))).toEqual([20, 0, 0]);
    expect(arr(famille.any(Uint8Array.from([0, 0, 1, 0, 0, 0])))).toEqual([1, 0, 0]);
    expect(arr(famille.all(Uint8Array.from([1, 1, 0, 1, 1, 1]), "parent"))).toEqual([1, 1, 1]);
    expect(arr(famille.all(Uint8Array.from([1, 1, 0, 1, 1, 1])))).toEqual([0, 1, 1]);
    expect(arr(famille.max(v))).toEqual([20, 40, 50]);
    expect(arr(famille.min(v))).toEqual([3, 40, 6]);
    expect(arr(famille.max(v, "enfant"))).toEqual([3, -Infinity, 6]);
  });

  it("counts, projects, picks persons by role and rank", () => {
    expect(arr(famille.nbPersons())).toEqual([3, 1, 2]);
    expect(arr(famille.nbPersons("enfant"))).toEqual([1, 0, 1]);
    expect(arr(famille.project(Float64Array.from([7, 8, 9])))).toEqual([7, 7, 7, 8, 9, 9]);
    expect(famille.project(Int32Array.from([1, 2, 3]))).toBeInstanceOf(Int32Array);
    expect(arr(famille.valueFromPerson(v, "demandeur"))).toEqual([10, 40, 50]);
    expect(arr(famille.valueFromPerson(v, "conjoint", 0, -1))).toEqual([20, -1, -1]);
    expect(arr(famille.valueFromPerson(v, "parent", 1))).toEqual([20, 0, 0]);
    expect(arr(famille.valueNthPerson(1, v))).toEqual([20, 0, 6]);
    expect(arr(famille.valueFromFirstPerson(v))).toEqual([10, 40, 50]);
    expect(arr(famille.memberHasRole("enfant"))).toEqual([0, 0, 1, 0, 0, 1]);
    expect(arr(famille.memberPosition())).toEqual([0, 1, 2, 0, 0, 1]);
  });

  it("reaches members' other groups through persons", () => {
    expect(famille.persons).toBe(individu);
    expect(individu.persons).toBe(individu);
    const declarant = famille.persons.hasRole("foyer_fiscal", "declarant");
    expect(arr(famille.sum(declarant))).toEqual([2, 1, 1]);
  });

  it("person side: role, group index, group values", () => {
    expect(arr(individu.hasRole("famille", "parent"))).toEqual([1, 1, 0, 1, 1, 0]);
    expect(arr(individu.hasRole("menage", "personne_de_reference"))).toEqual([1, 0, 0, 1, 1, 0]);
    expect(arr(individu.groupIndex("famille"))).toEqual([0, 0, 0, 1, 2, 2]);
    expect(arr(individu.group("famille", "nb_enfants", "2021-01"))).toEqual([1, 1, 1, 0, 1, 1]);
    expect(arr(sim.calculate("est_parent", "2021-01"))).toEqual([1, 1, 0, 1, 1, 0]);
  });

  it("rejects misuse with clear errors", () => {
    expect(() => individu.sum(v)).toThrow(EntityError);
    expect(() => famille.hasRole("famille", "parent")).toThrow(EntityError);
    expect(() => famille.sum(v, "grand_parent")).toThrow(/Unknown role "grand_parent"/);
    expect(() => famille("salaire_net", "2021-01")).toThrow(/defined for individu, not for famille/);
    expect(() => sim.calculate("nope", "2021-01")).toThrow(UnknownVariableError);
  });
});

describe("formulas, inputs and periods", () => {
  it("uses the formula in force at the period start; before the first, the default", () => {
    const sim = sixPersons();
    expect(arr(sim.calculate("socle", "2021-01"))).toEqual([510 * 1.8, 510, 510 * 1.3]);
    expect(arr(sim.calculate("socle", "2020-06"))).toEqual([500 * 1.8, 500, 500 * 1.3]);
    expect(arr(sim.calculate("socle", "2022-01"))).toEqual([1000, 1000, 1000]);
    expect(arr(sim.calculate("socle", "2019-12"))).toEqual([0, 0, 0]);
  });

  it("divides a year among months (divideByPeriod) and sums them back", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021", [12000, 6000, 0, 0, 1200, 0]);
    expect(arr(sim.calculate("salaire_net", "2021-05"))).toEqual([1000, 500, 0, 0, 100, 0]);
    expect(arr(sim.calculateAdd("salaire_net", "2021"))).toEqual([12000, 6000, 0, 0, 1200, 0]);
    expect(arr(sim.calculateOutput("salaire_net", "2021"))).toEqual([12000, 6000, 0, 0, 1200, 0]);
    expect(arr(sim.calculate("ressources", "2021-04"))).toEqual([1500, 0, 100]);
    // a yearly variable reading monthly values with "add", on a scale
    // foyer 0 declares 12000 + 6000: 10% of (18000 - 10000)
    expect(arr(sim.calculate("impot", "2021"))).toEqual([800, 0, 0]);
  });

  it("reads an input without computing anything (population.input)", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-03", [3000, 0, 0, 0, 100, 0]);
    const individu = sim.population("individu");
    expect(arr(individu.input("salaire_net", "2021-03")!)).toEqual([3000, 0, 0, 0, 100, 0]);
    expect(individu.input("salaire_net", "2021-04")).toBeUndefined();
    // A computed value is not an input, even once cached.
    sim.calculate("socle", "2021-01");
    expect(sim.population("famille").input("socle", "2021-01")).toBeUndefined();
    expect(() => individu.input("socle", "2021-01")).toThrow(EntityError);
    expect(() => individu.input("salaire_net", "2021")).toThrow(PeriodMismatchError);
  });

  it("divideByPeriod keeps months already given", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-01", [3000, 0, 0, 0, 0, 0]);
    sim.setInput("salaire_net", "2021", [12000, 0, 0, 0, 0, 0]);
    expect(sim.calculate("salaire_net", "2021-01")[0]).toBe(3000);
    expect(sim.calculate("salaire_net", "2021-02")[0]).toBe(9000 / 11);
  });

  it("dispatches a year to every month (dispatchByPeriod), enums by name", () => {
    const sim = sixPersons();
    sim.setInput("statut_occupation", "2021", ["locataire", "proprietaire", "non_renseigne"]);
    expect(arr(sim.calculate("statut_occupation", "2021-07"))).toEqual([1, 2, 0]);
    expect(arr(sim.calculate("forfait_logement", "2021-07"))).toEqual([60, 0, 0]);
    // the parameter stops existing in 2023: the formula falls back to 0
    sim.setInput("statut_occupation", "2023-01", ["locataire", "locataire", "locataire"]);
    expect(arr(sim.calculate("forfait_logement", "2023-01"))).toEqual([0, 0, 0]);
    expect(() => sim.setInput("statut_occupation", "2021-01", ["squatteur", "locataire", "locataire"])).toThrow(/squatteur/);
  });

  it("follows OpenFisca on period mismatches", () => {
    const sim = sixPersons();
    expect(() => sim.calculate("salaire_net", "2021")).toThrow(PeriodMismatchError);
    expect(() => sim.calculate("impot", "2021-01")).toThrow(PeriodMismatchError);
    expect(() => sim.setInput("impot", "2021-01", 3)).toThrow(PeriodMismatchError);
    expect(() => sim.setInput("socle", "2021", 3)).toThrow(/no setInputPolicy/);
    expect(arr(sim.calculateDivide("impot", "2021-03"))).toEqual([0, 0, 0]);
  });

  it("eternal variables ignore the period; dates are days since 1970", () => {
    const sim = sixPersons();
    sim.setInput("date_naissance", "2021-01", ["1980-06-15", "1990-01-01", "2015-12-31", "2000-02-29", "1970-01-01", "2020-01-01"]);
    expect(sim.calculate("date_naissance", "ETERNITY")[0]).toBe(3818);
    expect(arr(sim.calculate("age", "2021-06"))).toEqual([40, 31, 5, 21, 51, 1]);
    expect(arr(sim.calculate("age", "2021-06"))).toEqual(arr(sim.calculate("age", "2021-06")));
  });

  it("reads a date given as YYYY-MM or YYYY as its first day, as OpenFisca (numpy) does", () => {
    const sim = sixPersons();
    sim.setInput("date_naissance", "ETERNITY", ["2018-11", "2000", "2015-12-31", "1970-01", "1980-06-15", "2020-02"]);
    const days = Array.from(sim.calculate("date_naissance", "ETERNITY") as ArrayLike<number>);
    expect(days.map((d) => Instant.fromDays(d).toString())).toEqual([
      "2018-11-01",
      "2000-01-01",
      "2015-12-31",
      "1970-01-01",
      "1980-06-15",
      "2020-02-01",
    ]);
    for (const bad of ["2018-13", "18-11", "2018-11-31", "novembre"]) {
      expect(() => sim.setInput("date_naissance", "ETERNITY", [bad, bad, bad, bad, bad, bad])).toThrow(/Invalid value/);
    }
  });

  it("an input wins over the formula for its period only", () => {
    const sim = sixPersons();
    sim.setInput("socle", "2021-03", [777, 0, 1]);
    expect(arr(sim.calculate("socle", "2021-03"))).toEqual([777, 0, 1]);
    expect(sim.calculate("socle", "2021-04")[1]).toBe(510);
    expect(sim.calculate("rsa", "2021-03")[0]).toBe(677);
  });

  it("clears computed values but keeps inputs; reports memory", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-01", [100, 0, 0, 0, 0, 0]);
    sim.calculate("socle", "2021-01");
    expect(sim.memoryUsage()).toEqual({ inputBytes: 48, cacheBytes: 24 + 12 });
    sim.clearCache();
    expect(sim.memoryUsage()).toEqual({ inputBytes: 48, cacheBytes: 0 });
    expect(sim.calculate("salaire_net", "2021-01")[0]).toBe(100);
  });

  it("records missing inputs and uses their default", () => {
    const sim = sixPersons();
    sim.setInput("salaire_net", "2021-01", [100, 0, 0, 0, 0, 0]);
    sim.calculate("ressources", "2021-02");
    expect(sim.missingInputs()).toEqual([
      { variable: "salaire_net", period: "2020-11" },
      { variable: "salaire_net", period: "2020-12" },
    ]);
  });
});

describe("cycles", () => {
  it("throws on a variable asked for itself at the same period", () => {
    const sim = sixPersons();
    expect(() => sim.calculate("cycle_a", "2021-01")).toThrow(CycleError);
    expect(() => sim.calculate("cycle_a", "2021-01")).toThrow(/cycle_a@2021-01/);
  });

  it("cuts a spiral through earlier periods after maxSpiralLoops, with the default", () => {
    const one = sixPersons();
    // rsa(m) → aide_logement(m) → rsa(m-1): cut, so aide = 100 - 0
    expect(one.calculate("rsa", "2021-03")[1]).toBe(410);
    expect(one.calculate("rsa", "2021-03")[1]).toBe(410);
    const two = sixPersons({ maxSpiralLoops: 2 });
    // one more loop: rsa(m-1) = 410, so aide(m) = 59 and rsa(m) = 451
    expect(two.calculate("rsa", "2021-03")[1]).toBeCloseTo(451, 10);
  });
});

describe("construction checks", () => {
  it("rejects memberships out of range", () => {
    expect(
      () =>
        new Simulation(toySystem(), {
          counts: { individu: 1, famille: 1, foyer_fiscal: 1, menage: 1 },
          memberships: {
            famille: { group: Int32Array.from([1]), role: Int32Array.from([0]) },
            foyer_fiscal: { group: Int32Array.from([0]), role: Int32Array.from([0]) },
            menage: { group: Int32Array.from([0]), role: Int32Array.from([0]) },
          },
        }),
    ).toThrow(/out of range/);
  });
});
