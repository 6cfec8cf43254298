import { describe, expect, it } from "vitest";
import type { TraceNode } from "../src/index.ts";
import { sixPersons } from "./fixtures.ts";

function find(nodes: readonly TraceNode[], variable: string): TraceNode | undefined {
  for (const n of nodes) {
    if (n.variable === variable) return n;
    const inner = find(n.children, variable);
    if (inner) return inner;
  }
  return undefined;
}

describe("tracer", () => {
  it("records the computation tree with values and parameters, for all entities", () => {
    const sim = sixPersons({ trace: true });
    sim.setInput("salaire_net", "2021", [1200, 0, 0, 0, 0, 0]);
    sim.calculate("socle", "2021-05");
    const [root] = sim.trace();
    expect(root).toMatchObject({ variable: "socle", period: "2021-05", entity: "famille", source: "formula" });
    expect(root!.values).toEqual([918, 510, 663]);
    expect(root!.parameters).toEqual([
      { path: "benefits.socle", value: 510, instant: "2021-05-01" },
      { path: "benefits.taux_couple", value: 0.5, instant: "2021-05-01" },
      { path: "benefits.taux_enfant", value: 0.3, instant: "2021-05-01" },
    ]);
    expect(root!.children.map((c) => `${c.variable}@${c.period}`)).toEqual(["nb_enfants@2021-05"]);
    expect(root!.children[0]!.values).toEqual([1, 0, 1]);
  });

  it("keeps only the tracked household's values, and marks inputs, cache and defaults", () => {
    const sim = sixPersons({ trace: { entity: "famille", index: 2 } });
    sim.setInput("salaire_net", "2021-04", [0, 0, 0, 0, 90, 0]);
    sim.calculate("rsa", "2021-05");
    sim.calculate("rsa", "2021-05");
    const roots = sim.trace();
    expect(roots).toHaveLength(2);
    expect(roots[0]!.indices).toEqual([2]);
    // rsa took part in a spiral, so OpenFisca drops it from the cache: recomputed,
    // while what was outside the spiral comes from the cache.
    expect(roots[1]!.source).toBe("formula");
    expect(roots[1]!.children.find((c) => c.variable === "ressources")!.source).toBe("cache");
    const ressources = find(roots, "ressources")!;
    expect(ressources.values).toEqual([30]);
    const salaires = ressources.children.filter((c) => c.variable === "salaire_net");
    expect(salaires.map((c) => [c.period, c.source, c.indices, c.values])).toEqual([
      ["2021-02", "default", [4, 5], [0, 0]],
      ["2021-03", "default", [4, 5], [0, 0]],
      ["2021-04", "input", [4, 5], [90, 0]],
    ]);
    const spiral = find(roots, "aide_logement")!.children[0]!;
    expect(spiral).toMatchObject({ variable: "rsa", period: "2021-04", source: "spiral", values: [0] });
  });

  it("decodes enums and dates", () => {
    const sim = sixPersons({ trace: { entity: "individu", index: 0 } });
    sim.setInput("statut_occupation", "2021-01", ["locataire", "proprietaire", "non_renseigne"]);
    sim.setInput("date_naissance", "ETERNITY", ["1980-06-15", "1990-01-01", "2015-12-31", "2000-02-29", "1970-01-01", "2020-01-01"]);
    sim.calculate("statut_occupation", "2021-01");
    sim.calculate("date_naissance", "2021-01");
    expect(sim.trace().map((n) => n.values)).toEqual([["locataire"], ["1980-06-15"]]);
  });
});
