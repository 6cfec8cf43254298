import type { Answer, AnswerValue, Household } from "./household.ts";
import { questionKey } from "./household.ts";

// The walk through Mes droits: the household, then the answered steps (each the questions of one
// input, for every person it concerns), kept in this tab's sessionStorage only — nothing is sent
// to the server but the computation requests, nothing is kept once the tab is closed.

export interface Flow {
  household: Household | null;
  /** The steps answered, in order: each is one question (one input) for the instances it concerns. */
  steps: Answer[][];
  /** Answers of steps dropped when an earlier answer changed: offered again if the question comes back. */
  remembered: Record<string, AnswerValue>;
}

export const EMPTY_FLOW: Flow = { household: null, steps: [], remembered: {} };

const STORAGE_KEY = "zero.mes-droits";

export function loadFlow(): Flow {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return EMPTY_FLOW;
    const parsed = JSON.parse(raw) as Partial<Flow>;
    return { household: parsed.household ?? null, steps: parsed.steps ?? [], remembered: parsed.remembered ?? {} };
  } catch {
    return EMPTY_FLOW; // storage refused (private mode, policy) or unreadable: start again, in memory
  }
}

export function saveFlow(flow: Flow): void {
  try {
    if (flow.household === null && flow.steps.length === 0) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(flow));
  } catch {
    // No storage: the answers live in memory only, which is enough for one visit.
  }
}

/** Step `index` answered again: later steps are dropped (their answers remembered), since they may no longer be asked. */
export function replaceStep(flow: Flow, index: number, answers: Answer[]): Flow {
  const dropped = flow.steps.slice(index).flat();
  return {
    ...flow,
    steps: [...flow.steps.slice(0, index), answers],
    remembered: { ...flow.remembered, ...Object.fromEntries(dropped.map((a) => [questionKey(a.question), a.value])) },
  };
}

/** A new household: every step is dropped, its answers remembered for the persons still there. */
export function withHousehold(flow: Flow, household: Household): Flow {
  const dropped = flow.steps.flat();
  return {
    household,
    steps: [],
    remembered: { ...flow.remembered, ...Object.fromEntries(dropped.map((a) => [questionKey(a.question), a.value])) },
  };
}
