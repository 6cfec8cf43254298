import { describe, expect, it } from "vitest";
import { SituationError, UnknownVariableError, axesCells, expandAxes, fillSituation, simulationFromSituation } from "../src/index.ts";
import { toySystem } from "./toy-system.ts";

const system = toySystem();

// Two parents and a child, the first parent's wage varying (as OpenFisca's SimulationBuilder).
const couple = (axes: unknown) => ({
  individus: { p1: { salaire_net: { "2021-01": 100 } }, p2: { salaire_net: { "2021-01": 50 } }, e1: {} },
  familles: { f: { parents: ["p1", "p2"], enfants: ["e1"], ressources: { "2021-02": null } } },
  menages: { m: { personne_de_reference: "p1", conjoint: ["p2"], enfants: ["e1"] } },
  axes,
});

describe("axes", () => {
  it("repeats the situation once per point, ids suffixed by their index, the axis instance varying", () => {
    const expanded = expandAxes(system, couple([[{ name: "salaire_net", count: 3, min: 0, max: 1000, period: "2021-01" }]]));
    expect(expanded.axes).toBeUndefined();
    const individus = expanded.individus as Record<string, { salaire_net: Record<string, number> }>;
    expect(Object.keys(individus)).toEqual(["p10", "p21", "e12", "p13", "p24", "e15", "p16", "p27", "e18"]);
    expect([individus.p10!, individus.p13!, individus.p16!].map((p) => p.salaire_net["2021-01"])).toEqual([0, 500, 1000]);
    expect(individus.p24!.salaire_net).toEqual({ "2021-01": 50 }); // the others keep their inputs
    const familles = expanded.familles as Record<string, { parents: string[]; enfants: string[] }>;
    expect(familles.f1).toMatchObject({ parents: ["p13", "p24"], enfants: ["e15"] });
    expect((expanded.menages as Record<string, { personne_de_reference: string }>).m2!.personne_de_reference).toBe("p16");

    const result = simulationFromSituation(system, expanded);
    const filled = fillSituation(expanded, result).situation as { familles: Record<string, { ressources: Record<string, number> }> };
    expect(["f0", "f1", "f2"].map((f) => filled.familles[f]!.ressources["2021-02"]! * 3)).toEqual([50, 550, 1050]);
  });

  it("varies parallel axes together and perpendicular axes as a grid (first axis fastest)", () => {
    const parallel = expandAxes(
      system,
      couple([
        [
          { name: "salaire_net", count: 2, min: 0, max: 100, period: "2021-01" },
          { name: "salaire_net", count: 2, min: 10, max: 20, period: "2021-01", index: 1 },
        ],
      ]),
    );
    const p = parallel.individus as Record<string, { salaire_net: Record<string, number> }>;
    expect([p.p10!, p.p21!, p.p13!, p.p24!].map((x) => x.salaire_net["2021-01"])).toEqual([0, 10, 100, 20]);

    const axes = [
      [{ name: "salaire_net", count: 2, min: 0, max: 100, period: "2021-01" }],
      [{ name: "salaire_net", count: 3, min: 0, max: 20, period: "2021-01", index: 1 }],
    ];
    expect(axesCells(axes as never)).toBe(6);
    const grid = expandAxes(system, couple(axes)).individus as Record<string, { salaire_net: Record<string, number> }>;
    const cells = [0, 1, 2, 3, 4, 5].map((k) => [
      grid[`p1${3 * k}`]!.salaire_net["2021-01"],
      grid[`p2${3 * k + 1}`]!.salaire_net["2021-01"],
    ]);
    expect(cells).toEqual([
      [0, 0],
      [100, 0],
      [0, 10],
      [100, 10],
      [0, 20],
      [100, 20],
    ]);
  });

  it("replaces the axis instance's values on the periods the axis covers, keeps the others", () => {
    const situation = couple([[{ name: "salaire_net", count: 2, min: 0, max: 300, period: "month:2021-01:3" }]]);
    (situation.individus.p1 as Record<string, unknown>).salaire_net = { "2020-12": 40, "2021-02": 100, "2021-06": 7 };
    // (A month given for anybody is known for everybody, as in OpenFisca: keep p2 out of the quarter.)
    (situation.individus.p2 as Record<string, unknown>).salaire_net = { "2020-12": 50 };
    const individus = expandAxes(system, situation).individus as Record<string, { salaire_net: Record<string, number> }>;
    expect(individus.p13!.salaire_net).toEqual({ "2020-12": 40, "2021-06": 7, "month:2021-01:3": 300 });
    const result = simulationFromSituation(system, expandAxes(system, situation));
    expect(Array.from(result.simulation.calculate("salaire_net", "2021-02") as Float64Array).filter((_, i) => i % 3 === 0)).toEqual([
      0, 100,
    ]);
  });

  it("refuses malformed axes with the path of the fault", () => {
    const fault = (axes: unknown): string => {
      try {
        expandAxes(system, couple(axes));
      } catch (error) {
        if (error instanceof UnknownVariableError) return `unknown ${error.variable}`;
        if (error instanceof SituationError) return error.path.join(".");
        throw error;
      }
      return "accepted";
    };
    const axis = { name: "salaire_net", count: 3, min: 0, max: 10, period: "2021-01" };
    expect(fault([])).toBe("axes");
    expect(fault([[{ ...axis, count: 0 }]])).toBe("axes.0.0.count");
    expect(fault([[{ ...axis, count: 2.5 }]])).toBe("axes.0.0.count");
    expect(fault([[{ ...axis, max: "beaucoup" }]])).toBe("axes.0.0.max");
    expect(fault([[{ ...axis, period: "2021-13" }]])).toBe("axes.0.0.period");
    expect(fault([[{ ...axis, period: undefined }]])).toBe("axes.0.0.period");
    expect(fault([[{ ...axis, name: "salaire_nett" }]])).toBe("unknown salaire_nett");
    expect(fault([[{ ...axis, name: "statut_occupation" }]])).toBe("axes.0.0.name");
    expect(fault([[axis, { ...axis, name: "ressources" }]])).toBe("axes.0.1.name");
    expect(fault([[{ ...axis, index: 3 }]])).toBe("axes.0.0.index");
    expect(fault([[axis]])).toBe("accepted");
    expect(() => expandAxes(system, { salaire_net: 1, axes: [[axis]] })).toThrow(/full form/);
  });
});
