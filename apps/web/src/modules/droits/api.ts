import type { Endpoint } from "@zero/schemas";
import { call } from "../../data/call.ts";

// Mes droits' API (docs/api/droits.md): the page reaches the server only through this file, and
// only to compute: the situation goes in the body of POST /api/droits/next and /explain, nothing
// else is sent, nothing is kept by the server. @zero/schemas has no table for this module yet,
// so its two endpoints are described here, with the answers' types of docs/api/droits.md.

/** An OpenFisca situation (full form): entities by plural key, instances by id, variables by period. */
export type Situation = Record<string, Record<string, Record<string, unknown>>>;

export type QuestionType = "number" | "integer" | "boolean" | "date" | "enum" | "str";

export interface Question {
  variable: string;
  /** The plural key of the entity: individus, familles, menages… */
  entity: string;
  /** The instance the question is about. */
  id: string;
  /** The period its answer is for: ETERNITY, a month, a year, or a span of months (`month:2024-01:12`). */
  period: string;
  /** For a resource: the months to give the monthly amount for. */
  months?: string[];
  label: string;
  type: QuestionType | string;
  options?: { value: string; label: string }[];
  /** How many results still depend on the answer. */
  settles: number;
}

export type ResultStatus = "eligible" | "not_eligible" | "unknown";

export interface BenefitResult {
  variable: string;
  entity: string;
  id: string;
  /** € per month. */
  amount: number;
  status: ResultStatus;
  reason: string;
}

export interface NextAnswer {
  questions: Question[];
  results: BenefitResult[];
}

export interface Reference {
  title: string;
  href: string;
}

export interface Explanation {
  summary: string;
  conditions: { variable: string; id: string; met: boolean; text: string; references?: Reference[] }[];
  figures: { path: string; text: string; value: unknown; label?: string; source?: string; href?: string }[];
  sources: Reference[];
  nearestChange?: { text: string; variable: string; id: string; from: number; to: number; newAmount: number } | null;
}

export interface ExplainAnswer {
  value: unknown;
  explanation: Explanation;
}

const PREFIX = "/api/droits";
const DROITS = {
  next: { method: "POST", path: "/next", prefix: PREFIX } as Endpoint<
    "POST",
    "/next",
    undefined,
    undefined,
    { period: string; situation: Situation },
    NextAnswer
  >,
  explain: { method: "POST", path: "/explain", prefix: PREFIX } as Endpoint<
    "POST",
    "/explain",
    undefined,
    undefined,
    { situation: Situation; variable: string; period: string },
    ExplainAnswer
  >,
};

/** The next questions and the results known so far for the situation as it is. */
export const fetchNext = (period: string, situation: Situation) => call(DROITS.next, { body: { period, situation } });

/** A benefit's amount, why, and the nearest change that opens or raises it. */
export const fetchExplanation = (situation: Situation, variable: string, period: string) =>
  call(DROITS.explain, { body: { situation, variable, period } });
