import { describe, expect, it } from "vitest";
import { SituationError, UnknownVariableError, fillSituation, simulationFromSituation } from "../src/index.ts";
import { toySystem } from "./toy-system.ts";

const system = toySystem();
const arr = (v: ArrayLike<number> | string[]) => Array.from(v as ArrayLike<number>);

describe("flat form", () => {
  it("one implicit person and one implicit instance of each group", () => {
    const { simulation, ids } = simulationFromSituation(
      system,
      { salaire_net: { "2021-01": 300, "2020-12": 300, "2020-11": 300 }, statut_occupation: "locataire" },
      { defaultPeriod: "2021-02" },
    );
    expect(ids).toEqual({ individu: ["individu"], famille: ["famille"], foyer_fiscal: ["foyer_fiscal"], menage: ["menage"] });
    expect(arr(simulation.calculate("ressources", "2021-02"))).toEqual([300]);
    expect(arr(simulation.calculate("forfait_logement", "2021-02"))).toEqual([60]);
    expect(arr(simulation.population("famille").nbPersons("demandeur"))).toEqual([1]);
  });
});

describe("flat form with lists", () => {
  it("gives one person (alone in each group) per list item", () => {
    const { simulation, ids } = simulationFromSituation(
      system,
      { salaire_net: { "2021-01": [300, 600, 0] }, statut_occupation: "locataire" },
      { defaultPeriod: "2021-02" },
    );
    expect(ids.individu).toEqual(["0", "1", "2"]);
    expect(ids.famille).toEqual(["0", "1", "2"]);
    expect(arr(simulation.calculate("salaire_net", "2021-01"))).toEqual([300, 600, 0]);
    expect(arr(simulation.calculate("forfait_logement", "2021-02"))).toEqual([60, 60, 60]);
    expect(() => simulationFromSituation(system, { salaire_net: { "2021-01": [1, 2], "2021-02": [1] } })).toThrow(/different lengths/);
  });
});

describe("short form", () => {
  it("individus with singular group keys, roles and group variables", () => {
    const { simulation, ids } = simulationFromSituation(
      system,
      {
        individus: { p1: { salaire_net: { "2021": 1200 } }, p2: {}, e1: { date_naissance: "2015-03-01" } },
        famille: { parents: ["p1", "p2"], enfants: ["e1"] },
        menage: { personne_de_reference: "p1", conjoint: "p2", enfants: ["e1"], statut_occupation: { "2021-05": "proprietaire" } },
      },
      { defaultPeriod: "2021-05" },
    );
    expect(ids.famille).toEqual(["famille"]);
    // No foyer_fiscal given: each person has their own, with the first role.
    expect(ids.foyer_fiscal).toEqual(["p1", "p2", "e1"]);
    expect(arr(simulation.calculate("socle", "2021-05"))).toEqual([510 * 1.8]);
    expect(arr(simulation.calculate("ressources", "2021-05"))).toEqual([100]);
    expect(arr(simulation.calculate("statut_occupation", "2021-05"))).toEqual([2]);
    expect(arr(simulation.calculate("age", "2021-05"))).toEqual([51, 51, 6]);
    expect(arr(simulation.population("famille").valueFromPerson(Float64Array.from([1, 2, 3]), "conjoint"))).toEqual([2]);
  });
});

describe("full form", () => {
  const situation = {
    individus: { a: { salaire_net: { "2021-01": 100 } }, b: {}, c: {}, d: { salaire_net: { "2021-01": 50 } } },
    familles: {
      f1: { parents: ["a"], enfants: ["b"], rsa: { "2021-01": null } },
      f2: { parents: ["c", "d"], rsa: { "2021-01": null } },
    },
    foyers_fiscaux: { ff: { declarants: ["a", "c"], personnes_a_charge: ["b"] } },
    menages: { m1: { personne_de_reference: ["a"], enfants: ["b"] } },
  };

  it("places persons by id; persons not placed get their own group", () => {
    const { simulation, ids } = simulationFromSituation(system, situation);
    expect(ids.famille).toEqual(["f1", "f2"]);
    expect(ids.foyer_fiscal).toEqual(["ff", "d"]);
    expect(ids.menage).toEqual(["m1", "c", "d"]);
    expect(arr(simulation.population("individu").groupIndex("famille"))).toEqual([0, 0, 1, 1]);
    expect(arr(simulation.calculate("socle", "2021-01"))).toEqual([510 * 1.3, 510 * 1.5]);
    // values not given for an instance take the default for that period (as OpenFisca)
    expect(arr(simulation.calculate("salaire_net", "2021-01"))).toEqual([100, 0, 0, 50]);
  });

  it("a value given for one instance is an input for all at that period (default elsewhere), as OpenFisca", () => {
    const { simulation } = simulationFromSituation(system, {
      individus: { a: {}, b: {} },
      familles: { f1: { parents: ["a"] }, f2: { parents: ["b"], socle: { "2021-01": 42 } } },
    });
    expect(arr(simulation.calculate("socle", "2021-01"))).toEqual([0, 42]);
    expect(arr(simulation.calculate("socle", "2021-02"))).toEqual([510, 510]);
  });

  it("lists the null values as requested outputs and fills them back in place", () => {
    const result = simulationFromSituation(system, situation);
    expect(result.requested).toEqual([
      { entity: "famille", id: "f1", variable: "rsa", period: "2021-01", path: ["familles", "f1", "rsa", "2021-01"] },
      { entity: "famille", id: "f2", variable: "rsa", period: "2021-01", path: ["familles", "f2", "rsa", "2021-01"] },
    ]);
    const { situation: filled, errors } = fillSituation(situation, result);
    expect(errors).toEqual([]);
    const familles = (filled as typeof situation).familles;
    expect(familles.f1.rsa["2021-01"]).toBe(510 * 1.3 - 100);
    expect(familles.f2.rsa["2021-01"]).toBe(510 * 1.5 - 100); // ressources read Oct-Dec 2020: none
    expect(situation.familles.f1.rsa["2021-01"]).toBeNull(); // the input is left untouched
  });

  it("fills back in the short form's shape too", () => {
    const short = { individus: { a: {} }, famille: { parents: ["a"], socle: { "2021-01": null } } };
    const result = simulationFromSituation(system, short);
    const { situation: filled } = fillSituation(short, result);
    expect((filled as { famille: { socle: Record<string, number> } }).famille.socle["2021-01"]).toBe(510);
  });
});

describe("errors", () => {
  it("names an unknown variable with a typed error", () => {
    const run = () => simulationFromSituation(system, { individus: { a: { salaire_brut: { "2021-01": 1 } } } });
    expect(run).toThrow(UnknownVariableError);
    try {
      run();
    } catch (e) {
      expect((e as UnknownVariableError).variable).toBe("salaire_brut");
      expect((e as Error).message).toContain("individus.a.salaire_brut");
    }
    expect(() => simulationFromSituation(system, { salaire_brut: 3 }, { defaultPeriod: "2021-01" })).toThrow(UnknownVariableError);
  });

  it.each([
    [{ individus: { a: { socle: { "2021-01": 1 } } } }, /socle is defined for famille, not for individu/],
    [{ individus: { a: {} }, familles: { f: { parents: ["zz"] } } }, /unknown person "zz"/],
    [{ individus: { a: {}, b: {}, c: {} }, familles: { f: { parents: ["a", "b", "c"] } } }, /at most 2 parents/],
    [{ individus: { a: {} }, familles: { f: { parents: ["a"] }, g: { enfants: ["a"] } } }, /more than one famille/],
    [{ individus: { a: { salaire_net: { "2021-13": 1 } } } }, /Invalid period "2021-13"/],
    [{ individus: { a: { salaire_net: { "2021-01": "beaucoup" } } } }, /Invalid value "beaucoup" for salaire_net/],
    [{ individus: { a: { salaire_net: 4 } } }, /needs a default period/],
    [{ individus: {}, familles: {} }, /No individus found/],
    [{ individus: { a: {} }, chats: {} }, /"chats" is not an entity/],
  ])("rejects %j", (situation, message) => {
    expect(() => simulationFromSituation(system, situation)).toThrow(message);
    expect(() => simulationFromSituation(system, situation)).toThrow(Error);
  });

  it("throws SituationError for structural problems", () => {
    expect(() => simulationFromSituation(system, { individus: { a: {} }, familles: { f: { parents: ["zz"] } } })).toThrow(SituationError);
  });
});

describe("boolean inputs", () => {
  it("reads booleans, 0/1, true/false words, and other text as OpenFisca stores it (true unless empty)", () => {
    const individus = Object.fromEntries(
      [true, 0, "false", "True", "alternance", ""].map((value, i) => [`p${i}`, { est_parent: { "2021-01": value } }]),
    );
    const { simulation } = simulationFromSituation(system, { individus });
    expect(arr(simulation.calculate("est_parent", "2021-01"))).toEqual([1, 0, 0, 1, 1, 0]);
    expect(() => simulationFromSituation(system, { individus: { a: { est_parent: { "2021-01": [1] } } } })).toThrow(SituationError);
  });
});
