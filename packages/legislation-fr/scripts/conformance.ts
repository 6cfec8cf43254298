/**
 * Conformance of the French model against OpenFisca-France's own YAML tests.
 *
 *   npm run conformance   (tsx packages/legislation-fr/scripts/conformance.ts)
 *
 * Runs every reference test file under <reference>/tests (default
 * ../shared/reference/openfisca-france from the repository root, or
 * $OPENFISCA_REFERENCE_DIR) and writes docs/conformance.md. The reference files are a
 * yardstick: they are read, never changed, and no case is left out.
 *
 * Counting rule: a case counts under a benefit (rsa, ppa, af, paje_base, cf, asf, aah, aspa) when its output asserts a
 * variable named after the benefit (`rsa`, or `rsa_…`); for the aides au logement, `aide_logement…`,
 * `aides_logement…`, `apl`, `alf` or `als`. It passes for that benefit when
 * it runs and every assertion on that benefit's variables holds; its assertions on other
 * variables (taxes, housing benefits…) are reported but do not count for the benefit.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runTestCase, type TestCase, type TestCaseResult } from "@zero/engine";
import YAML from "yaml";
import { buildFrenchSystem, notComputedByZero } from "../src/index.ts";
import { BENEFITS, belongsTo, renderReport, type Benefit, type CaseOutcome } from "./conformance-report.ts";
import { benefitsOfCase } from "./conformance-cases.ts";

export { BENEFITS, type Benefit };

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const referenceDir = process.env.OPENFISCA_REFERENCE_DIR ?? resolve(repoRoot, "../shared/reference/openfisca-france");
const reportPath = resolve(repoRoot, "docs/conformance.md");

const ENTITY_KEYS = new Set(["individus", "familles", "foyers_fiscaux", "menages", "famille", "foyer_fiscal", "menage"]);
const ROLE_KEYS = new Set(["parents", "enfants", "declarants", "personnes_a_charge", "personne_de_reference", "conjoint"]);

export function benefitOf(variable: string): Benefit | undefined {
  return BENEFITS.find((b) => belongsTo(variable, b));
}

/** The variables an `output` block asserts, whatever its form (flat, short or full). */
export function assertedVariables(output: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (block: unknown, depth: number): void => {
    if (typeof block !== "object" || block === null || Array.isArray(block)) return;
    for (const [key, value] of Object.entries(block)) {
      if (ENTITY_KEYS.has(key) && depth === 0) {
        // Plural keys map ids to instances; singular keys hold one instance.
        if (key.endsWith("s") || key === "individus") {
          for (const instance of Object.values(value as object)) visit(instance, 1);
        } else visit(value, 1);
      } else if (!ROLE_KEYS.has(key)) found.add(key);
    }
  };
  visit(output, 0);
  return found;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function runCase(system: ReturnType<typeof buildFrenchSystem>, test: TestCase, notComputed: (name: string) => boolean): TestCaseResult {
  try {
    // An assertion on a variable Zéro does not compute yet fails (never a default that matches).
    return runTestCase(system, test, { notComputed });
  } catch (error) {
    return { name: String(test.name ?? ""), passed: false, error: `crash: ${(error as Error).message}`, assertions: [] };
  }
}

function main(): void {
  const testsDir = join(referenceDir, "tests");
  if (!existsSync(testsDir)) {
    console.log(`Référence OpenFisca-France absente (${testsDir}) : conformité non mesurée, rien n'est écrit.`);
    return;
  }
  const system = buildFrenchSystem();
  const notComputed = notComputedByZero(system);
  const outcomes: CaseOutcome[] = [];
  for (const file of yamlFiles(testsDir)) {
    const rel = relative(testsDir, file);
    let doc: unknown;
    try {
      doc = YAML.parse(readFileSync(file, "utf8"));
    } catch (error) {
      console.error(`${rel}: YAML illisible (${(error as Error).message})`);
      continue;
    }
    const cases = (Array.isArray(doc) ? doc : [doc]) as TestCase[];
    cases.forEach((test, index) => {
      const asserted = assertedVariables(test.output);
      const benefits = benefitsOfCase(rel, asserted);
      if (benefits.length === 0) return;
      const result = runCase(system, test, notComputed);
      outcomes.push({ file: rel, index, name: String(test.name ?? `cas ${index + 1}`), benefits, result });
    });
  }
  const report = renderReport(outcomes, { referenceDir: relative(repoRoot, referenceDir) || referenceDir });
  writeFileSync(reportPath, report.markdown);
  console.log(report.summary);
  console.log(`Rapport écrit dans ${relative(repoRoot, reportPath)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
