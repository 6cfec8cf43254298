import { describe, expect, it } from "vitest";
import { evaluateArithmetic, runTestCase, type TestCase } from "../src/index.ts";
import { toySystem } from "./toy-system.ts";

const system = toySystem();

describe("evaluateArithmetic", () => {
  it.each([
    ["550.93 * 1.5 - 132.22 - 167", 550.93 * 1.5 - 132.22 - 167],
    ["(4 * 100) / 12", 400 / 12],
    ["416.67 * 0.62", 416.67 * 0.62],
    ["-12 * 1500 * 0.135", -12 * 1500 * 0.135],
    ["2 ** 3 ** 2", 512],
    ["-2 ** 2", -4],
    ["10 % 4", 2],
    ["1_000.5", 1000.5],
    ["1e3 / 4", 250],
    ["5*(1200-(100+50))", 5250],
  ])("%s", (text, value) => {
    expect(evaluateArithmetic(text)).toBeCloseTo(value, 9);
  });

  it.each(["locataire", "Montant AF + majoration", "1 +", "(1", "2021-01-01", "", "alert(1)"])("%j is not arithmetic", (text) => {
    expect(evaluateArithmetic(text)).toBeUndefined();
  });
});

const base: TestCase = {
  name: "couple with a child",
  period: "2021-05",
  input: {
    individus: {
      p1: { salaire_net: { "2021-02": 300, "2021-03": 300, "2021-04": 300 } },
      p2: {},
      e1: { date_naissance: "2015-03-01" },
    },
    famille: { parents: ["p1", "p2"], enfants: ["e1"] },
    menage: { personne_de_reference: "p1", conjoint: "p2", enfants: ["e1"], statut_occupation: "locataire" },
  },
};

describe("runTestCase", () => {
  it("passes arithmetic, boolean, enum, date and per-period outputs", () => {
    const result = runTestCase(system, {
      ...base,
      output: {
        socle: "510 * (1 + 0.5 + 0.3)",
        ressources: { "2021-05": 300, "2021-04": "(2 * 300) / 3" },
        statut_occupation: "locataire",
        est_parent: [true, true, false],
        date_naissance: ["1970-01-01", "1970-01-01", "2015-03-01"],
        forfait_logement: 60,
      },
    });
    expect(result.error).toBeUndefined();
    expect(result.assertions.filter((a) => !a.passed)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.assertions).toHaveLength(1 + 2 + 1 + 3 + 3 + 1);
  });

  it("reports expected and computed values of a failure", () => {
    const result = runTestCase(system, { ...base, output: { socle: 900 } });
    expect(result.passed).toBe(false);
    expect(result.assertions).toEqual([
      expect.objectContaining({ variable: "socle", period: "2021-05", expected: 900, computed: 918, passed: false }),
    ]);
    expect(result.assertions[0]!.reason).toMatch(/expected 900, computed 918/);
  });

  it("applies absolute and relative margins, globally or per variable", () => {
    const abs = runTestCase(system, { ...base, absolute_error_margin: 0.5, output: { socle: 918.4 } });
    expect(abs.passed).toBe(true);
    expect(runTestCase(system, { ...base, absolute_error_margin: 0.3, output: { socle: 918.4 } }).passed).toBe(false);
    expect(runTestCase(system, { ...base, relative_error_margin: 0.01, output: { socle: 925 } }).passed).toBe(true);
    expect(runTestCase(system, { ...base, relative_error_margin: 0.001, output: { socle: 925 } }).passed).toBe(false);
    const perVariable = runTestCase(system, {
      ...base,
      absolute_error_margin: { default: 0, socle: 1 },
      output: { socle: 918.9, ressources: 300.1 },
    });
    expect(perVariable.assertions.map((a) => a.passed)).toEqual([true, false]);
  });

  it("compares as float32 by default (OpenFisca stores float32)", () => {
    // 416.67 * 0.62 = 258.3354; a float32 neighbour must pass, a cent off must not.
    const make = (x: number): TestCase => ({
      period: "2021-05",
      input: { individus: { a: { salaire_net: { "2021-05": x } } } },
      output: { salaire_net: "416.67 * 0.62" },
    });
    expect(runTestCase(system, make(258.33540000001)).passed).toBe(true);
    expect(runTestCase(system, make(258.3354134)).passed).toBe(true);
    expect(runTestCase(system, make(258.3454)).passed).toBe(false);
  });

  it("checks outputs per entity id (full form) and per singular entity", () => {
    const result = runTestCase(system, {
      period: "2021-01",
      input: {
        individus: { a: {}, b: {}, c: {} },
        familles: { f1: { parents: ["a"] }, f2: { parents: ["b"], enfants: ["c"] } },
      },
      output: {
        familles: { f1: { nb_enfants: 0, socle: 510 }, f2: { nb_enfants: 1, socle: 663 } },
        individus: { c: { est_parent: false } },
      },
    });
    expect(result.passed).toBe(true);
    expect(result.assertions.map((a) => `${a.id}:${a.variable}`)).toEqual([
      "f1:nb_enfants",
      "f1:socle",
      "f2:nb_enfants",
      "f2:socle",
      "c:est_parent",
    ]);
    const singular = runTestCase(system, { ...base, output: { famille: { nb_enfants: 1 } } });
    expect(singular.passed).toBe(true);
  });

  it("fails with a reason naming an unknown variable, in input or output", () => {
    const input = runTestCase(system, {
      ...base,
      input: { ...(base.input as object), individus: { p1: { salaire_brut: 3 }, p2: {}, e1: {} } },
    });
    expect(input.passed).toBe(false);
    expect(input.error).toBe("unknown variable salaire_brut in input");
    const output = runTestCase(system, { ...base, output: { salaire_brut: 3 } });
    expect(output.passed).toBe(false);
    expect(output.assertions[0]!.reason).toBe("unknown variable salaire_brut");
  });

  it("reports a period the variable refuses as a failed assertion", () => {
    const result = runTestCase(system, { ...base, output: { socle: { "2021": 0 } } });
    expect(result.passed).toBe(false);
    expect(result.assertions[0]!.reason).toMatch(/defined by month/);
  });

  it("runs flat cases with lists (several implicit persons)", () => {
    const result = runTestCase(system, {
      period: "2021-01",
      input: { salaire_net: [100, 200] },
      output: { salaire_net: [100, 200], socle: [510, 510], est_parent: [true, true] },
    });
    expect(result.assertions.filter((a) => !a.passed)).toEqual([]);
    expect(result.assertions).toHaveLength(6);
    const wrong = runTestCase(system, { period: "2021-01", input: { salaire_net: [100, 200] }, output: { salaire_net: [100, 201] } });
    expect(wrong.assertions.map((a) => [a.id, a.passed])).toEqual([
      ["0", true],
      ["1", false],
    ]);
  });

  it("honours max_spiral_loops", () => {
    const make = (loops?: number): TestCase => ({
      period: "2021-03",
      max_spiral_loops: loops,
      input: { individus: { a: {} }, famille: { parents: ["a"] } },
      output: { rsa: loops === 2 ? 451 : 410 },
    });
    expect(runTestCase(system, make()).passed).toBe(true);
    expect(runTestCase(system, make(2)).passed).toBe(true);
  });
});
