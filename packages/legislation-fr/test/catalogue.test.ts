// OpenFisca-France's catalogue in Zéro: generated, never typed by hand, and complete in the system.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE_FILE, catalogueSource, referenceAvailable } from "../scripts/generate-catalogue.ts";
import { buildFrenchSystem, openfiscaCatalogue, variables } from "../src/index.ts";

const system = buildFrenchSystem();
const catalogue = openfiscaCatalogue();

describe("le catalogue des variables d'OpenFisca-France", () => {
  it("is the reference's catalogue, regenerated unchanged (npm run generate-catalogue)", async () => {
    if (!referenceAvailable()) return expect(catalogue.size).toBeGreaterThan(3000); // no reference on this machine
    expect(readFileSync(CATALOGUE_FILE, "utf8")).toBe(await catalogueSource());
  });

  it("puts every catalogue variable in the system, on OpenFisca's entity and period", () => {
    expect(catalogue.size).toBeGreaterThan(3000);
    const missing = [...catalogue.keys()].filter((name) => !system.hasVariable(name));
    expect(missing).toEqual([]);
    const declared = new Set(variables.map((v) => v.name));
    for (const [name, entry] of catalogue) {
      if (declared.has(name)) continue; // Zéro's own declaration (catalogue-agreement.test.ts)
      const v = system.variable(name);
      expect({ name, entity: v.entity, period: v.definitionPeriod, type: v.valueType, formulas: v.formulas.length }).toEqual({
        name,
        entity: entry.entity,
        period: entry.definitionPeriod,
        type: entry.valueType,
        formulas: 0,
      });
    }
  });

  it("keeps enum items in OpenFisca's order, with its default item", () => {
    for (const name of ["mention_baccalaureat", "statut_marital", "annee_etude"]) {
      const entry = catalogue.get(name)!;
      const v = system.variable(name);
      expect(v.possibleValues?.names, name).toEqual(Object.keys(entry.possibleValues!));
      expect(v.possibleValues?.names[v.defaultValue as number], name).toBe(entry.default);
    }
  });

  it("reads OpenFisca's defaults: dates, numbers, booleans", () => {
    for (const [name, entry] of catalogue) {
      if (entry.default === undefined || variables.some((v) => v.name === name)) continue;
      const v = system.variable(name);
      if (entry.valueType === "bool") expect(v.defaultValue, name).toBe(entry.default ? 1 : 0);
      if (entry.valueType === "float" || entry.valueType === "int") expect(v.defaultValue, name).toBe(entry.default);
    }
  });
});
