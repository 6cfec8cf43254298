import { EngineError, PeriodParseError, SituationError, UnknownVariableError } from "@zero/engine";
import type { AppError } from "../../errors/app-error.ts";
import { openfiscaError } from "./errors.ts";

/** Where `key` first appears as a mapping key in the situation (depth first). */
function findKey(node: unknown, key: string, path: string[] = []): string[] | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  for (const [k, v] of Object.entries(node)) {
    if (k === key) return [...path, k];
    const found = findKey(v, key, [...path, k]);
    if (found) return found;
  }
  return undefined;
}

function nested(path: string[], message: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) node[segment] = message;
    else node = (node[segment] = {}) as Record<string, unknown>;
  });
  return root;
}

/**
 * An engine error about a client's situation → a 4xx that speaks both languages: our
 * `error: {code, message}` and, like OpenFisca's Web API, the message nested at the path
 * of the faulty value (`{"individus": {"bill": {"salaire_nett": "…"}}}`).
 * Returns undefined for errors that are not the client's (the model's own bugs).
 */
export function situationError(error: unknown, situation: unknown): AppError | undefined {
  if (!(error instanceof EngineError)) return undefined;
  if (error instanceof UnknownVariableError) {
    const path = findKey(situation, error.variable) ?? [error.variable];
    const message =
      `You tried to calculate or to set a value for variable '${error.variable}', ` +
      "but it was not found in the loaded tax and benefit system (Zéro).";
    return openfiscaError("UNKNOWN_VARIABLE", {
      message: `Variable inconnue : « ${error.variable} ».`,
      details: { variable: error.variable, path },
      extraBody: nested(path, message),
    });
  }
  if (error instanceof SituationError || error instanceof PeriodParseError) {
    const path =
      error instanceof SituationError && error.path.length > 0
        ? error.path
        : error instanceof PeriodParseError
          ? (findKey(situation, error.input) ?? ["period"])
          : ["situation"];
    return openfiscaError("INVALID_SITUATION", {
      details: { path, problem: error.message },
      extraBody: nested(path, error.message),
    });
  }
  // Inputs that contradict each other (a quarter's total against its three months given) or an
  // eternal variable given on a period: the client's, never a 500.
  if (["period_mismatch", "entity", "situation", "set_input", "input_length"].includes(error.code)) {
    return openfiscaError("INVALID_SITUATION", {
      details: { problem: error.message },
      extraBody: nested(["situation"], error.message),
    });
  }
  return undefined;
}
