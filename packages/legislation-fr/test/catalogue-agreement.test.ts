// Zéro's own declarations of OpenFisca-France's variables agree with OpenFisca's: a client of
// the OpenFisca Web API sends them on OpenFisca's entity and period, with its value type.
import { describe, expect, it } from "vitest";
import { openfiscaCatalogue, variables } from "../src/index.ts";

/** Variables Zéro declares on purpose otherwise than OpenFisca-France, each with the reason: none. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>([]);

const catalogue = openfiscaCatalogue();
const shared = variables.filter((v) => catalogue.has(v.name));

/** What a client relies on: where the variable lives, for which periods, and its values' type. */
function shape(v: { entity: string; definitionPeriod: string; valueType: string }) {
  return { entity: v.entity, definitionPeriod: v.definitionPeriod, valueType: v.valueType };
}

describe("les variables d'OpenFisca-France que Zéro déclare lui-même", () => {
  it("ont l'entité, la période de définition et le type d'OpenFisca-France", () => {
    expect(shared.length).toBeGreaterThan(100);
    const disagreements = shared
      .filter((v) => !EXCEPTIONS.has(v.name))
      .map((v) => ({ name: v.name, zero: shape(v), openfisca: shape(catalogue.get(v.name)!) }))
      .filter(({ zero, openfisca }) => JSON.stringify(zero) !== JSON.stringify(openfisca));
    expect(disagreements).toEqual([]);
  });

  it("n'excepte que des variables déclarées des deux côtés et qui diffèrent encore", () => {
    for (const name of EXCEPTIONS.keys()) {
      const v = shared.find((s) => s.name === name);
      expect(v, name).toBeDefined();
      expect(shape(v!), name).not.toEqual(shape(catalogue.get(name)!));
    }
  });
});
