// `zero test`: runs every case, one line per failing case, then "N passed, N failed".
import { existsSync } from "node:fs";
import { runTestCase, type TaxBenefitSystem, type TestCaseResult } from "@zero/engine";
import { notComputedByZero } from "@zero/legislation-fr";
import { DEFAULT_SYSTEM_MODULE, loadSystem } from "./load-system.ts";
import { collectYamlFiles, readTestCases } from "./yaml-files.ts";

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function describeFailure(result: TestCaseResult): string {
  if (result.error) return result.error;
  return result.assertions
    .filter((a) => !a.passed)
    .map((a) => {
      const where = `${a.variable}@${a.period}${a.id ? `[${a.id}]` : ""}`;
      const values = `expected ${show(a.expected)}, computed ${show(a.computed)}`;
      const detail = a.reason && !a.reason.startsWith("expected") ? ` (${a.reason})` : "";
      return a.computed === undefined ? `${where}: ${a.reason}` : `${where}: ${values}${detail}`;
    })
    .join("; ");
}

export async function runTestCommand(args: readonly string[], output: Output): Promise<number> {
  const paths: string[] = [];
  let systemModule = process.env.ZERO_SYSTEM ?? DEFAULT_SYSTEM_MODULE;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--system") systemModule = args[++i] ?? systemModule;
    else paths.push(args[i]!);
  }
  if (paths.length === 0) {
    output.err("zero test : donnez des fichiers ou dossiers YAML de tests");
    return 2;
  }
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    output.err(`zero test : introuvable : ${missing.join(", ")}`);
    return 2;
  }
  let system: TaxBenefitSystem;
  try {
    system = await loadSystem(systemModule);
  } catch (error) {
    output.err(`zero test : impossible de charger la législation depuis ${systemModule} : ${(error as Error).message}`);
    return 2;
  }
  // The French model says which variables it does not compute yet: asserting one fails (decision 0026).
  const notComputed = systemModule === DEFAULT_SYSTEM_MODULE ? notComputedByZero(system) : undefined;
  let passed = 0;
  let failed = 0;
  for (const file of collectYamlFiles(paths)) {
    let cases;
    try {
      cases = readTestCases(file);
    } catch (error) {
      failed++;
      output.out(`FAIL ${file}: ${(error as Error).message}`);
      continue;
    }
    for (const testCase of cases) {
      let result: TestCaseResult;
      try {
        result = runTestCase(system, testCase, { notComputed });
      } catch (error) {
        result = { name: testCase.name ?? "(unnamed test)", passed: false, error: String(error), assertions: [] };
      }
      if (result.passed) passed++;
      else {
        failed++;
        output.out(`FAIL ${file} > ${result.name}: ${describeFailure(result)}`);
      }
    }
  }
  output.out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
