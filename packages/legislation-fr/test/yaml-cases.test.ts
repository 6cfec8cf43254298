// Runs every YAML case of packages/legislation-fr/tests through the engine's test runner.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { runTestCase, type TestCase } from "@zero/engine";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { buildFrenchSystem, notComputedByZero } from "../src/index.ts";

const testsDir = fileURLToPath(new URL("../tests", import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const system = buildFrenchSystem();
const notComputed = notComputedByZero(system);
const files = yamlFiles(testsDir).sort();

describe("cas YAML du modèle français", () => {
  it("trouve des fichiers de cas", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const doc: unknown = YAML.parse(readFileSync(file, "utf8"));
    const cases = (Array.isArray(doc) ? doc : [doc]) as TestCase[];
    describe(relative(testsDir, file), () => {
      cases.forEach((test, index) => {
        it(String(test.name ?? `cas ${index + 1}`), () => {
          const result = runTestCase(system, test, { notComputed });
          const failures = result.error ? [result.error] : result.assertions.filter((a) => !a.passed).map((a) => a.reason);
          expect(failures).toEqual([]);
          expect(result.passed).toBe(true);
        });
      });
    });
  }
});
