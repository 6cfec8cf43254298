// Conventions of the model: file = variable name, explicit registry, legal references.
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { readParameterFiles, variables } from "../src/index.ts";

const variablesDir = fileURLToPath(new URL("../variables", import.meta.url));
const variableFiles = readdirSync(variablesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(variablesDir, d.name)).map((f) => join(variablesDir, d.name, f)))
  .sort();

function isVariable(x: unknown): x is { name: string; reference: readonly string[] } {
  return typeof x === "object" && x !== null && "name" in x && "entity" in x && "formulas" in x;
}

describe("variables", () => {
  it("sont des fichiers TypeScript aux noms en snake_case", () => {
    for (const file of variableFiles) expect(basename(file)).toMatch(/^[a-z][a-z0-9_]*\.ts$/i);
  });

  it("portent le nom de leur fichier, une variable par fichier", async () => {
    for (const file of variableFiles) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const declared = Object.values(module).filter(isVariable);
      expect(
        declared.map((v) => v.name),
        file,
      ).toEqual([basename(file, ".ts")]);
    }
  });

  it("sont toutes dans le registre explicite, une seule fois", () => {
    const names = variables.map((v) => v.name).sort();
    expect(names).toEqual(variableFiles.map((f) => basename(f, ".ts")).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it("citent toutes leur source légale", () => {
    for (const v of variables) {
      expect(v.reference.length, v.name).toBeGreaterThan(0);
      expect(
        v.reference.some((r) => /https:\/\/www\.legifrance\.gouv\.fr\//.test(r)),
        v.name,
      ).toBe(true);
    }
  });
});

describe("paramètres", () => {
  const files = readParameterFiles();

  it("sont des fichiers aux noms en snake_case", () => {
    for (const { path } of files) expect(path).toMatch(/^([a-z0-9_]+\/)*[a-z0-9_]+\.yaml$/i);
  });

  it("ont une description et au moins une référence légale titrée", () => {
    for (const { path, content } of files) {
      if (path.endsWith("index.yaml")) continue;
      const doc = content as { description?: unknown; values?: unknown; brackets?: unknown; metadata?: { reference?: unknown } };
      expect(typeof doc.description, path).toBe("string");
      // A dated value, or a scale (brackets of dated thresholds and amounts or rates).
      if (doc.brackets === undefined) expect(doc.values, path).toBeTypeOf("object");
      else expect(Array.isArray(doc.brackets) && doc.brackets.length > 0, path).toBe(true);
      const refs = doc.metadata?.reference;
      expect(Array.isArray(refs) && refs.length > 0, `${path} sans référence`).toBe(true);
      for (const ref of refs as { title?: unknown }[]) expect(typeof ref.title, path).toBe("string");
    }
  });
});
