import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { notComputedByZero } from "@zero/legislation-fr";
import { DEFAULT_SYSTEM_MODULE, loadSystem } from "../load-system.ts";
import { runCompute, UsageError } from "./compute-command.ts";

export const COMPUTE_USAGE = `  zero compute --input pop.csv --period 2025-04 --variables rsa,ppa,af --output out.csv
      [--rejects rejets.csv] [--chunk-size 3000] [--workers N] [--system <module>]
      Computes household totals for a population file (docs/batch-format.md). Rows with
      bad values are reported (line and reason) and their household is left out; exit
      code 1 when any row was rejected, 2 when the command cannot run.`;

/**
 * One worker per core beyond the main thread (which reads the file, and computes chunks
 * too whenever the workers have enough to do), at least one, at most four.
 */
export function defaultWorkers(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Draw the progress bar on stderr (the command line does; tests don't). */
  progress?: boolean;
  /** The bundled chunk worker (compute-bundle.ts), used with the default legislation. */
  worker?: URL;
}

/** Returns the exit code: 0 all rows computed, 1 some rows rejected, 2 cannot run. */
export async function runComputeCommand(args: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        input: { type: "string" },
        output: { type: "string" },
        period: { type: "string" },
        variables: { type: "string" },
        rejects: { type: "string" },
        "chunk-size": { type: "string" },
        workers: { type: "string" },
        system: { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`zero compute : ${(error as Error).message}\n${COMPUTE_USAGE}`);
    return 2;
  }
  const missing = (["input", "output", "period", "variables"] as const).filter((k) => !values[k]);
  if (missing.length > 0) {
    io.err(`zero compute : option(s) manquante(s) : ${missing.map((m) => `--${m}`).join(", ")}\n${COMPUTE_USAGE}`);
    return 2;
  }
  const chunkSize = values["chunk-size"] === undefined ? undefined : Number(values["chunk-size"]);
  if (chunkSize !== undefined && (!Number.isInteger(chunkSize) || chunkSize < 1)) {
    io.err("zero compute : --chunk-size doit être un entier positif");
    return 2;
  }
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    io.err("zero compute : --workers doit être un entier positif ou nul");
    return 2;
  }
  try {
    const systemModule = values.system ?? process.env.ZERO_SYSTEM ?? DEFAULT_SYSTEM_MODULE;
    const system = await loadSystem(systemModule);
    const started = performance.now();
    const summary = await runCompute(system, {
      input: values.input!,
      output: values.output!,
      period: values.period!,
      variables: values
        .variables!.split(",")
        .map((v) => v.trim())
        .filter(Boolean),
      ...(chunkSize === undefined ? {} : { chunkSize }),
      ...(values.rejects === undefined ? {} : { rejects: values.rejects }),
      warn: io.err,
      ...(systemModule === DEFAULT_SYSTEM_MODULE ? { notComputed: notComputedByZero(system) } : {}),
      systemModule,
      workers,
      // A bundled worker holds the default legislation only; another module loads through tsx.
      ...(io.worker && systemModule === DEFAULT_SYSTEM_MODULE ? { workerScript: io.worker } : {}),
      progress: io.progress ?? false,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.err(`${summary.households} foyers calculés en ${seconds} s → ${values.output}`);
    if (summary.rejectedRows > 0) {
      io.err(
        `${summary.rejectedRows} ligne(s) rejetée(s), ${summary.rejectedHouseholds} ` +
          `foyer(s) écarté(s) : détail dans ${summary.rejectsFile}`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`zero compute : ${error.message}`);
      return 2;
    }
    throw error;
  }
}
