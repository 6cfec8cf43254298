// Zéro's own enum variables speak OpenFisca-France's items: a client of OpenFisca's Web API
// sends an item name of OpenFisca's catalogue and must be understood, and a variable left out
// takes OpenFisca's default item.
import { describe, expect, it } from "vitest";
import { buildFrenchSystem, openfiscaCatalogue, variables } from "../src/index.ts";

/** Variables whose items may differ from OpenFisca's, each with its reason. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>([]);

const system = buildFrenchSystem();
const catalogue = openfiscaCatalogue();
const enums = variables.filter((v) => catalogue.get(v.name)?.valueType === "enum");

describe("les énumérations de Zéro et celles d'OpenFisca-France", () => {
  it("are many: the comparison is not empty", () => {
    expect(enums.length).toBeGreaterThan(10);
  });

  it("have OpenFisca's items, in its order, and its default item", () => {
    const differ = [];
    for (const declared of enums) {
      if (EXCEPTIONS.has(declared.name)) continue;
      const entry = catalogue.get(declared.name)!;
      const v = system.variable(declared.name);
      const items = v.possibleValues?.names ?? [];
      const zero = { name: v.name, type: v.valueType, items, default: items[v.defaultValue as number] };
      const openfisca = { name: v.name, type: "enum", items: Object.keys(entry.possibleValues ?? {}), default: entry.default };
      if (JSON.stringify(zero) !== JSON.stringify(openfisca)) differ.push({ zero, openfisca });
    }
    expect(differ).toEqual([]);
  });

  it("list as exceptions only enum variables that Zéro declares, each with a reason", () => {
    const names = new Set(enums.map((v) => v.name));
    for (const [name, reason] of EXCEPTIONS) {
      expect(names.has(name), name).toBe(true);
      expect(reason.length, name).toBeGreaterThan(0);
    }
  });
});
