// Bounds of the public engine (/api/openfisca/calculate and /trace), read from the
// environment by config.ts (docs/configuration.md, "Public engine"). The defaults hold
// every real simulator's request with a wide margin (docs/security.md, threat 1).
import { availableParallelism } from "node:os";

export interface EngineLimits {
  /** Largest request body, in bytes (OPENFISCA_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Deepest nesting of arrays and objects in the body (OPENFISCA_MAX_DEPTH). */
  maxDepth: number;
  /** Most persons, and most instances of each group entity (OPENFISCA_MAX_PERSONS). */
  maxPersons: number;
  /** Most values given or asked (one per variable and period key) (OPENFISCA_MAX_VALUES). */
  maxValues: number;
  /** Longest period of one value, in months (OPENFISCA_MAX_PERIOD_MONTHS). */
  maxPeriodMonths: number;
  /** Sum over all values of their period's length in months (OPENFISCA_MAX_MONTHS_TOTAL). */
  maxMonthsTotal: number;
  /** Most cells of a request's `axes` (the product of their counts) (OPENFISCA_MAX_AXIS_CELLS). */
  maxAxisCells: number;
  /** Most values once the `axes` repeat the situation: values × cells (OPENFISCA_MAX_EXPANDED_VALUES). */
  maxExpandedValues: number;
  /** Worker threads computing the requests, off the event loop (OPENFISCA_WORKERS). */
  workers: number;
  /** Requests waiting for a worker before the engine answers 503 (OPENFISCA_QUEUE). */
  queue: number;
  /** Computing time of one request before its worker is stopped (OPENFISCA_TIMEOUT_MS). */
  timeoutMs: number;
  /** Old-generation heap of each worker, in MiB (OPENFISCA_WORKER_MEMORY_MB). */
  workerMemoryMb: number;
}

type Fail = (message: string) => Error;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, fail: Fail): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw fail(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function engineLimitsFrom(env: NodeJS.ProcessEnv, fail: Fail): EngineLimits {
  return {
    maxBodyBytes: positive(env, "OPENFISCA_MAX_BODY_BYTES", 512 * 1024, fail),
    maxDepth: positive(env, "OPENFISCA_MAX_DEPTH", 16, fail),
    maxPersons: positive(env, "OPENFISCA_MAX_PERSONS", 50, fail),
    maxValues: positive(env, "OPENFISCA_MAX_VALUES", 20_000, fail),
    maxPeriodMonths: positive(env, "OPENFISCA_MAX_PERIOD_MONTHS", 1_200, fail),
    maxMonthsTotal: positive(env, "OPENFISCA_MAX_MONTHS_TOTAL", 100_000, fail),
    maxAxisCells: positive(env, "OPENFISCA_MAX_AXIS_CELLS", 1_000, fail),
    maxExpandedValues: positive(env, "OPENFISCA_MAX_EXPANDED_VALUES", 200_000, fail),
    // One core stays with the event loop (the by-name list, the logins).
    workers: positive(env, "OPENFISCA_WORKERS", Math.max(1, Math.min(4, availableParallelism() - 1)), fail),
    queue: positive(env, "OPENFISCA_QUEUE", 16, fail),
    timeoutMs: positive(env, "OPENFISCA_TIMEOUT_MS", 10_000, fail),
    workerMemoryMb: positive(env, "OPENFISCA_WORKER_MEMORY_MB", 512, fail),
  };
}
