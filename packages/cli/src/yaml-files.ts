// Reads OpenFisca YAML test files: a file holds one case (a mapping) or a list of cases.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { TestCase } from "@zero/engine";

export function collectYamlFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else if (/\.ya?ml$/.test(path)) files.push(path);
  };
  for (const p of paths) visit(p);
  return files;
}

export function readTestCases(file: string): TestCase[] {
  // YAML 1.2 core schema: dates stay strings ("1980-01-01"), which the engine reads.
  const doc: unknown = parse(readFileSync(file, "utf8"));
  if (doc === null || doc === undefined) return [];
  const cases = Array.isArray(doc) ? doc : [doc];
  return cases.map((c: unknown, i: number) => {
    if (typeof c !== "object" || c === null) throw new Error(`${file}: case #${i + 1} is not a mapping`);
    return c as TestCase;
  });
}
