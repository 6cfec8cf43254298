import { describe, expect, it } from "vitest";
import {
  Instant,
  type Scale,
  parameterTreeFromFiles,
  parameterTreeFromObject,
  pickByKey,
  ParameterError,
  createTaxBenefitSystem,
} from "../src/index.ts";
import { Statut, entities, parameters } from "./toy-system.ts";

const system = createTaxBenefitSystem({ entities, variables: [], parameters });
const at = (iso: string) => system.parametersAt(new Instant(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));

describe("dated parameters", () => {
  it("gives the value in force at an instant", () => {
    expect(at("2020-01-01").benefits.socle).toBe(500);
    expect(at("2020-12-31").benefits.socle).toBe(500);
    expect(at("2021-01-01").benefits.socle).toBe(510);
    expect(at("2030-06-01").benefits.socle).toBe(510);
  });

  it("reads the short forms", () => {
    expect(at("2020-05-01").benefits.taux_couple).toBe(0.5); // values: { date: number }
    expect(at("2020-05-01").benefits.taux_enfant).toBe(0.3); // { date: number } directly
  });

  it("is undefined before the first date and after a null", () => {
    expect(at("2019-12-31").benefits.socle).toBeUndefined();
    expect(at("2022-12-31").benefits.forfait_logement).toBe(60);
    expect(at("2023-01-01").benefits.forfait_logement).toBeUndefined();
  });

  it("keeps metadata and description for explanations", () => {
    const entry = system.findParameter("benefits.socle");
    expect(entry?.kind).toBe("value");
    expect(entry?.description).toBe("Base amount");
    expect(entry?.metadata.unit).toBe("currency");
    expect(system.findParameter("benefits")?.description).toBe("Toy benefits");
    expect(system.findParameter("benefits.nope")).toBeUndefined();
  });

  it("caches the view per instant (one lookup per formula call)", () => {
    expect(at("2021-03-01")).toBe(at("2021-03-01"));
  });

  it("rejects malformed values with the path", () => {
    expect(() => parameterTreeFromObject({ a: { b: { values: { "not-a-date": 1 } } } })).toThrow(ParameterError);
    expect(() => parameterTreeFromObject({ a: { b: { values: { "2020-01-01": { valeur: 1 } } } } })).toThrow(/a\.b/);
  });
});

describe("scales", () => {
  it("marginal rate scale", () => {
    const bareme: Scale = at("2021-01-01").impot.bareme;
    expect(bareme.type).toBe("marginal_rate");
    expect(bareme.thresholds).toEqual([0, 10000, 20000]);
    expect(bareme.calc(5000)).toBe(0);
    expect(bareme.calc(15000)).toBeCloseTo(500, 10);
    expect(bareme.calc(30000)).toBeCloseTo(1000 + 3000, 10);
    expect(Array.from(bareme.calc(new Float64Array([15000, 30000])))).toEqual([500, 4000]);
    expect(bareme.calc(15000, { factor: 2 })).toBeCloseTo(0, 10);
    expect(Array.from(bareme.bracketIndices([-1, 0, 12000, 25000]))).toEqual([-1, 0, 1, 2]);
  });

  const tree = parameterTreeFromObject({
    single: {
      metadata: { type: "single_amount" },
      brackets: [
        { threshold: { "2020-01-01": 0 }, amount: { "2020-01-01": 75 } },
        { threshold: { "2020-01-01": 16 }, amount: { "2020-01-01": 200 } },
        { threshold: { "2020-01-01": 50, "2021-01-01": null }, amount: { "2020-01-01": 550 } },
      ],
    },
    marginal_amount: {
      metadata: { type: "marginal_amount" },
      brackets: [
        { threshold: { "2020-01-01": 0 }, amount: { "2020-01-01": 10 } },
        { threshold: { "2020-01-01": 100 }, amount: { "2020-01-01": 5 } },
      ],
    },
    linear: {
      brackets: [
        { threshold: { "2020-01-01": 0 }, average_rate: { "2020-01-01": 0 } },
        { threshold: { "2020-01-01": 100 }, average_rate: { "2020-01-01": 0.1 } },
        { threshold: { "2020-01-01": 200 }, average_rate: { "2020-01-01": 0.2 } },
      ],
    },
  });
  const s = createTaxBenefitSystem({ entities, variables: [], parameters: tree });

  it("single amount scale: the amount of the bracket reached, dropped brackets after null", () => {
    const p = s.parametersAt(new Instant(2020, 6, 1));
    expect(p.single.type).toBe("single_amount");
    expect(Array.from(p.single.calc([-1, 0, 15.9, 16, 49, 60]))).toEqual([0, 75, 75, 200, 200, 550]);
    const later = s.parametersAt(new Instant(2021, 6, 1));
    expect(later.single.calc(60)).toBe(200);
  });

  it("marginal amount scale: sum of the amounts of the brackets entered", () => {
    const p = s.parametersAt(new Instant(2020, 6, 1));
    expect(Array.from(p.marginal_amount.calc([0, 1, 100, 101]))).toEqual([0, 10, 10, 15]);
  });

  it("linear average rate scale: interpolated rate times base, 0 beyond the last threshold", () => {
    const p = s.parametersAt(new Instant(2020, 6, 1));
    expect(p.linear.type).toBe("linear_average_rate");
    expect(p.linear.calc(50)).toBeCloseTo(50 * 0.05, 10);
    expect(p.linear.calc(150)).toBeCloseTo(150 * 0.15, 10);
    expect(p.linear.calc(250)).toBe(0);
  });
});

describe("files and fancy indexing", () => {
  it("builds a tree from files, index.yaml describing folders", () => {
    const tree = parameterTreeFromFiles([
      { path: "a/b/rate.yaml", content: { description: "Rate", values: { "2020-01-01": { value: 0.2 } } } },
      { path: "a/index.yaml", content: { description: "Folder A", metadata: { order: ["b"] } } },
      { path: "a/b/index.yml", content: { description: "Folder B" } },
      { path: "top.yaml", content: { "2019-01-01": 3 } },
    ]);
    const sys = createTaxBenefitSystem({ entities, variables: [], parameters: tree });
    expect(sys.parametersAt(new Instant(2020, 1, 1)).a.b.rate).toBe(0.2);
    expect(sys.parametersAt(new Instant(2020, 1, 1)).top).toBe(3);
    expect(sys.findParameter("a")?.description).toBe("Folder A");
    expect(sys.findParameter("a.b")?.description).toBe("Folder B");
  });

  it("picks a child per entity by string or enum vector", () => {
    const node = at("2020-06-01").benefits.par_statut;
    expect(Array.from(pickByKey(node, ["proprietaire", "locataire"]))).toEqual([20, 10]);
    expect(Array.from(pickByKey(node, new Int32Array([1, 2, 0]), Statut))).toEqual([10, 20, NaN]);
  });
});
