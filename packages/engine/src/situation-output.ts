// Writes computed values back into a situation, in the shape the caller sent (Web API style).
import { readableValue } from "./readable.ts";
import type { RequestedOutput, SituationResult } from "./situation.ts";

export interface FillError {
  readonly output: RequestedOutput;
  readonly message: string;
}

/**
 * Returns a copy of the situation where each requested `null` holds its computed value.
 * Outputs that cannot be computed (no period, a period the variable refuses) are listed in `errors`.
 */
export function fillSituation(situation: unknown, result: SituationResult): { situation: unknown; errors: FillError[] } {
  const copy: unknown = structuredClone(situation);
  const errors: FillError[] = [];
  for (const output of result.requested) {
    if (output.period === undefined) {
      errors.push({ output, message: `${output.variable}: a period is needed` });
      continue;
    }
    try {
      const variable = result.simulation.system.variable(output.variable);
      const vector = result.simulation.calculateOutput(output.variable, output.period);
      const index = result.ids[output.entity]!.indexOf(output.id);
      setAt(copy, output.path, readableValue(variable, vector, index));
    } catch (error) {
      errors.push({ output, message: (error as Error).message });
    }
  }
  return { situation: copy, errors };
}

function setAt(root: unknown, path: readonly string[], value: unknown): void {
  let node = root as Record<string, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]!] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}
