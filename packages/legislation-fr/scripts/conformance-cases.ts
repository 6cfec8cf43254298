// What the conformance report measures: the benefits, and the outcome of one reference case.
import type { TestCaseResult } from "@zero/engine";

/** The benefits measured, in report order (a case counts under `b` when its output asserts `b` or `b_…`). */
export const BENEFITS = ["rsa", "ppa", "af", "paje_base", "cf", "asf", "aah", "aspa", "aides_logement"] as const;
export type Benefit = (typeof BENEFITS)[number];

export interface CaseOutcome {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly benefits: readonly Benefit[];
  readonly result: TestCaseResult;
}
