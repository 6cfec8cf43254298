import { describe, expect, it } from "vitest";
import {
  conditionsOf,
  createTaxBenefitSystem,
  defineVariable,
  explain,
  figuresOf,
  ge,
  nearestChange,
  parameterReferencesAt,
  parameterTreeFromObject,
  simulationFromSituation,
  sourcesOf,
  variableReferences,
  where,
  type ExplanationNode,
} from "../src/index.ts";
import { entities } from "./toy-system.ts";

// A small benefit: an allocation for households with an adult, the ceiling less the
// resources of the three months before; and a bonus that needs some earnings.
const code = "https://www.legifrance.gouv.fr/codes/texte_lc/TOY";
const parameters = parameterTreeFromObject({
  allocation: {
    plafond: {
      label: "Plafond de l'allocation",
      description: "Montant mensuel de l'allocation pour un foyer sans ressources.",
      values: { "2020-01-01": 500, "2024-04-01": 600 },
      metadata: {
        unit: "currency",
        reference: [
          { title: "Décret A, art. 1", since: "2020-01-01", href: "https://www.legifrance.gouv.fr/jorf/id/A" },
          { title: "Décret B, art. 1", since: "2024-04-01", href: "https://www.legifrance.gouv.fr/jorf/id/B" },
          { title: "Code toy, article R1", href: `${code}#R1` },
        ],
      },
    },
    age_minimum: {
      label: "Âge minimal",
      values: { "2020-01-01": 25 },
      metadata: { reference: { "2020-01-01": { title: "Loi C, art. 2", href: "https://www.legifrance.gouv.fr/jorf/id/C" } } },
    },
    ancien_forfait: { values: { "2020-01-01": 10, "2022-01-01": null } },
  },
  prime: {
    taux: { label: "Taux de la prime", values: { "2020-01-01": 0.5 }, metadata: { reference: [{ title: "Décret D", href: "https://d" }] } },
    seuil: { label: "Revenu minimal de la prime", values: { "2020-01-01": 100 }, metadata: { reference: "Décret D, art. 2" } },
  },
});

const variables = [
  defineVariable({
    name: "salaire",
    entity: "individu",
    valueType: "float",
    definitionPeriod: "month",
    label: "Salaire net",
    reference: ["Code toy, article L1", code],
    calculateOutput: "add",
  }),
  defineVariable({ name: "age", entity: "individu", valueType: "int", definitionPeriod: "month", label: "Âge", reference: code }),
  defineVariable({
    name: "majeur",
    entity: "individu",
    valueType: "bool",
    definitionPeriod: "month",
    label: "A l'âge minimal",
    reference: ["Code toy, article L2", code],
    formulas: {
      "2000-01-01": ({ individu, period, parameters }) => ge(individu("age", period), parameters(period).allocation.age_minimum),
    },
  }),
  defineVariable({
    name: "ressources",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "Ressources mensuelles moyennes",
    reference: ["Code toy, article R2", `${code}#R2`],
    formulas: {
      "2000-01-01": ({ famille, period, parameters }) => {
        const old: number | undefined = parameters(period).allocation.ancien_forfait; // not in force any more
        return famille.sum(famille.members("salaire", period.lastThreeMonths, "add")).map((x) => x / 3 + (old ?? 0));
      },
    },
  }),
  defineVariable({
    name: "eligible",
    entity: "famille",
    valueType: "bool",
    definitionPeriod: "month",
    label: "Foyer éligible",
    reference: ["Code toy, article L3", code, "Circulaire sans lien"],
    formulas: { "2000-01-01": ({ famille, period }) => famille.any(famille.members("majeur", period)) },
  }),
  defineVariable({
    name: "allocation",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "Allocation",
    reference: ["Code toy, articles L1 et R1", code],
    formulas: {
      "2000-01-01": ({ famille, period, parameters }) => {
        const plafond: number = parameters(period).allocation.plafond;
        const ressources = famille("ressources", period);
        return where(
          famille("eligible", period),
          ressources.map((r) => Math.max(0, plafond - r)),
        );
      },
    },
  }),
  defineVariable({
    name: "prime",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "Prime",
    reference: code,
    formulas: {
      "2000-01-01": ({ famille, period, parameters }) => {
        const p = parameters(period).prime;
        const ressources = famille("ressources", period);
        const montant = famille("allocation", period);
        return ressources.map((r, i) => (r >= p.seuil && montant[i]! > 0 ? p.taux * r : r >= p.seuil ? Math.max(0, 300 - 0.5 * r) : 0));
      },
    },
  }),
];
const system = createTaxBenefitSystem({ entities, variables, parameters });

const months = ["2024-03", "2024-04", "2024-05"];
const each = (x: number) => Object.fromEntries(months.map((m) => [m, x]));
function household(salaire: number, age = 30) {
  return {
    individus: { ana: { age: { "2024-06": age }, salaire: each(salaire) }, ben: { age: { "2024-06": 10 } } },
    familles: { f1: { parents: ["ana"], enfants: ["ben"] } },
    menages: { m1: { personne_de_reference: ["ana"], enfants: ["ben"] } },
  };
}
const amount = (situation: unknown, variable: string) =>
  Number(simulationFromSituation(system, situation).simulation.calculate(variable, "2024-06")[0]);

function find(tree: ExplanationNode, variable: string): ExplanationNode | undefined {
  if (tree.variable === variable) return tree;
  for (const c of tree.children) {
    const f = find(c, variable);
    if (f) return f;
  }
  return undefined;
}

describe("legal references", () => {
  it("pairs a variable's titles with the link after them", () => {
    expect(variableReferences(system.variable("eligible"))).toEqual([
      { title: "Code toy, article L3", href: code },
      { title: "Circulaire sans lien" },
    ]);
    expect(variableReferences(system.variable("age"))).toEqual([{ title: code, href: code }]);
  });

  it("keeps a parameter's undated texts and the latest dated ones in force", () => {
    const plafond = system.findParameter("allocation.plafond")!;
    const at = (date: string) => parameterReferencesAt(plafond, Number(date.replaceAll("-", "")));
    expect(at("2023-06-01").map((r) => r.title)).toEqual(["Décret A, art. 1", "Code toy, article R1"]);
    expect(at("2024-06-01").map((r) => r.title)).toEqual(["Décret B, art. 1", "Code toy, article R1"]);
    // The other form: a mapping of dates; and a plain string.
    expect(parameterReferencesAt(system.findParameter("allocation.age_minimum")!, 20240601)).toEqual([
      { title: "Loi C, art. 2", href: "https://www.legifrance.gouv.fr/jorf/id/C" },
    ]);
    expect(parameterReferencesAt(system.findParameter("prime.seuil")!, 20240601)).toEqual([{ title: "Décret D, art. 2" }]);
  });
});

describe("explain", () => {
  it("gives the value and the tree of the tracked household, with sources, labels and parameters at the instant", () => {
    const e = explain(system, household(200), { variable: "allocation", period: "2024-06" });
    expect(e).toMatchObject({ variable: "allocation", label: "Allocation", period: "2024-06", entity: "famille", id: "f1", value: 400 });
    expect(e.tree).toMatchObject({ variable: "allocation", value: 400, source: "formula", instances: [{ id: "f1", value: 400 }] });
    expect(e.tree.references).toEqual([{ title: "Code toy, articles L1 et R1", href: code }]);
    expect(e.tree.parameters).toEqual([
      {
        path: "allocation.plafond",
        instant: "2024-06-01",
        value: 600,
        label: "Plafond de l'allocation",
        description: "Montant mensuel de l'allocation pour un foyer sans ressources.",
        unit: "currency",
        references: [
          { title: "Décret B, art. 1", href: "https://www.legifrance.gouv.fr/jorf/id/B" },
          { title: "Code toy, article R1", href: `${code}#R1` },
        ],
      },
    ]);
    expect(e.tree.children.map((c) => `${c.variable}@${c.period}`)).toEqual(["ressources@2024-06", "eligible@2024-06"]);
    const salaires = find(e.tree, "ressources")!.children;
    expect(salaires.map((c) => [c.period, c.source, c.instances])).toEqual([
      [
        "2024-03",
        "input",
        [
          { id: "ana", value: 200 },
          { id: "ben", value: 0 },
        ],
      ],
      [
        "2024-04",
        "input",
        [
          { id: "ana", value: 200 },
          { id: "ben", value: 0 },
        ],
      ],
      [
        "2024-05",
        "input",
        [
          { id: "ana", value: 200 },
          { id: "ben", value: 0 },
        ],
      ],
    ]);
    // A person's variable in a household of two: one value per member, none as `value`.
    expect(salaires[0]!.value).toBeUndefined();
    expect(e.bounds).toEqual({ maxDepth: 16, maxNodes: 2000, nodes: 8, truncated: 0 });
  });

  it("explains the instance named by its id (plural or singular entity key), and refuses an unknown one", () => {
    const two = {
      individus: { ana: { age: { "2024-06": 30 }, salaire: each(200) }, cyd: { age: { "2024-06": 40 }, salaire: each(50) } },
      familles: { f1: { parents: ["ana"] }, f2: { parents: ["cyd"] } },
    };
    expect(explain(system, two, { variable: "allocation", period: "2024-06", entity: "familles", id: "f2" })).toMatchObject({
      id: "f2",
      value: 550,
    });
    expect(explain(system, two, { variable: "allocation", period: "2024-06", entity: "famille", id: "f1" }).value).toBe(400);
    expect(() => explain(system, two, { variable: "allocation", period: "2024-06", id: "f3" })).toThrow(/no famille "f3"/);
  });

  it("expands a variable read twice once, nearest the root, and marks the other read as repeated", () => {
    const e = explain(system, household(200), { variable: "prime", period: "2024-06" });
    const ressources = e.tree.children.find((c) => c.variable === "ressources")!;
    const inAllocation = find(
      e.tree.children.find((c) => c.variable === "allocation")!,
      "ressources",
    )!;
    expect(ressources.children).toHaveLength(3);
    expect(inAllocation).toMatchObject({ repeated: true, children: [], value: 200, source: "formula" });
  });

  it("sums a variable whose output adds up its months (the root is an aggregate of the months)", () => {
    const e = explain(system, household(200), { variable: "salaire", period: "2024", entity: "individus", id: "ana" });
    expect(e.value).toBe(600);
    expect(e.tree).toMatchObject({ source: "aggregate", value: 600, period: "2024" });
    expect(e.tree.children).toHaveLength(12);
    expect(e.tree.children.filter((c) => c.source === "input").map((c) => c.period)).toEqual(months);
  });

  it("stays within its bounds, and says what it left out", () => {
    const shallow = explain(system, household(200), { variable: "allocation", period: "2024-06", maxDepth: 1 });
    expect(shallow.tree.children.map((c) => c.truncated)).toEqual([3, 1]);
    expect(shallow.bounds).toMatchObject({ nodes: 3, truncated: 4 });
    const small = explain(system, household(200), { variable: "allocation", period: "2024-06", maxNodes: 4 });
    // Breadth first: the root, its two children and the first month; two months and majeur left out.
    expect(small.bounds).toMatchObject({ nodes: 4, truncated: 3 });
  });
});

describe("conditions, figures and sources", () => {
  it("lists the yes/no variables met or failed, nearest first, once per instance", () => {
    const refused = explain(system, household(200, 20), { variable: "allocation", period: "2024-06" });
    expect(refused.value).toBe(0);
    expect(conditionsOf(refused.tree).map((c) => [c.variable, c.id, c.met, c.depth])).toEqual([
      ["eligible", "f1", false, 1],
      ["majeur", "ana", false, 2],
      ["majeur", "ben", false, 2],
    ]);
    expect(conditionsOf(refused.tree)[0]!.references).toEqual([
      { title: "Code toy, article L3", href: code },
      { title: "Circulaire sans lien" },
    ]);
    // The prime reads the allocation's conditions again (repeated): still once each.
    const prime = explain(system, household(200), { variable: "prime", period: "2024-06" });
    expect(conditionsOf(prime.tree).map((c) => `${c.variable}:${c.id}:${c.met}`)).toEqual([
      "eligible:f1:true",
      "majeur:ana:true",
      "majeur:ben:false",
    ]);
    expect(conditionsOf(prime.tree, { maxDepth: 2 })).toHaveLength(1);
    expect(conditionsOf(prime.tree, { sources: ["input"] })).toEqual([]);
  });

  it("lists each parameter used with its value, label, source and link; not the ones out of force", () => {
    const e = explain(system, household(200), { variable: "allocation", period: "2024-06" });
    const figures = figuresOf(e.tree);
    expect(figures.map((f) => [f.path, f.value, f.label, f.source, f.href, f.usedBy, f.depth])).toEqual([
      [
        "allocation.plafond",
        600,
        "Plafond de l'allocation",
        "Décret B, art. 1",
        "https://www.legifrance.gouv.fr/jorf/id/B",
        ["allocation"],
        0,
      ],
      ["allocation.age_minimum", 25, "Âge minimal", "Loi C, art. 2", "https://www.legifrance.gouv.fr/jorf/id/C", ["majeur"], 2],
    ]);
    // Before April 2024, the value and the text of the time.
    const before = figuresOf(explain(system, household(200), { variable: "allocation", period: "2024-03" }).tree)[0]!;
    expect([before.value, before.source]).toEqual([500, "Décret A, art. 1"]);
  });

  it("lists every legal reference once, with its link, and what it is the source of", () => {
    const sources = sourcesOf(explain(system, household(200), { variable: "allocation", period: "2024-06" }).tree);
    expect(sources.map((s) => s.title)).toEqual([
      "Code toy, articles L1 et R1",
      "Décret B, art. 1",
      "Code toy, article R1",
      "Code toy, article R2",
      "Code toy, article L3",
      "Circulaire sans lien",
      "Code toy, article L1",
      "Code toy, article L2",
      "Loi C, art. 2",
      code, // the age's reference is only a link
    ]);
    expect(sources.find((s) => s.title === "Code toy, article L1")).toEqual({ title: "Code toy, article L1", href: code, of: ["salaire"] });
    expect(sources.filter((s) => s.href === undefined).map((s) => s.title)).toEqual(["Circulaire sans lien"]);
  });
});

describe("nearestChange", () => {
  const salaire = { variable: "salaire", entity: "individus", id: "ana", periods: months, min: 0, max: 2000 };
  const at = (x: number, variable: string) => amount(household(x), variable);

  it("finds the highest earnings that still open the allocation, in two grids", () => {
    const change = nearestChange(system, household(900), { variable: "allocation", period: "2024-06", inputs: [salaire] });
    expect(change).toMatchObject({ from: 900, to: 599, beyond: 600, amount: 0, alternatives: [] });
    expect(change!.input).toMatchObject({ variable: "salaire", label: "Salaire net", definitionPeriod: "month" });
    // As a direct computation gives it at that value and just beyond.
    expect(change!.newAmount).toBeCloseTo(at(599, "allocation"), 9);
    expect(at(599, "allocation")).toBeGreaterThan(0);
    expect(at(600, "allocation")).toBe(0);
    expect(change!.relativeChange).toBeCloseTo(301 / 900, 9);
  });

  it("finds the smallest earnings that open a bonus needing some, from nothing", () => {
    const change = nearestChange(system, household(0), { variable: "prime", period: "2024-06", inputs: [salaire] });
    expect(change).toMatchObject({ from: 0, to: 100, beyond: 99 });
    expect(at(100, "prime")).toBeGreaterThan(0);
    expect(at(99, "prime")).toBe(0);
    expect(change!.newAmount).toBe(at(100, "prime"));
  });

  it("raises a small amount by at least minGain, and picks the smallest relative change among the inputs", () => {
    const age = { variable: "age", entity: "individus", id: "ana", periods: ["2024-06"], min: 0, max: 100 };
    const refusedForAge = nearestChange(system, household(0, 20), { variable: "allocation", period: "2024-06", inputs: [salaire, age] });
    expect(refusedForAge).toMatchObject({ input: { variable: "age" }, from: 20, to: 25, beyond: 24, newAmount: 600 });
    expect(refusedForAge!.alternatives).toEqual([]); // no salary opens it before 25
    const small = nearestChange(system, household(590), { variable: "allocation", period: "2024-06", inputs: [salaire], minGain: 50 });
    expect(small).toMatchObject({ from: 590, to: 540, amount: expect.closeTo(10, 9), newAmount: expect.closeTo(60, 9) });
  });

  it("answers undefined when no value in the ranges opens the right", () => {
    expect(nearestChange(system, household(0, 20), { variable: "allocation", period: "2024-06", inputs: [salaire] })).toBeUndefined();
  });
});
