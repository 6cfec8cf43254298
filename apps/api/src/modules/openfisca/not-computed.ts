import type { TaxBenefitSystem } from "@zero/engine";
import type { AppError } from "../../errors/app-error.ts";
import { openfiscaError } from "./errors.ts";
import { zeroStatuses } from "./variable-status.ts";

interface Asked {
  readonly variable: string;
  readonly path: string[];
}

const isObject = (node: unknown): node is Record<string, unknown> => typeof node === "object" && node !== null && !Array.isArray(node);

/** Whether a value asks for a computation: `null`, or a period map with a `null`. */
function asks(value: unknown): boolean {
  if (value === null) return true;
  return isObject(value) && Object.values(value).some((v) => v === null);
}

/** Every variable a situation asks for (a `null` value) that Zéro does not compute yet. */
export function notComputedAsked(situation: unknown, system: TaxBenefitSystem): Asked[] {
  if (!isObject(situation)) return [];
  const statuses = zeroStatuses(system);
  const entities = system.entities;
  const found: Asked[] = [];
  for (const entity of [entities.person, ...entities.groups]) {
    const instances = situation[entity.plural];
    if (!isObject(instances)) continue;
    for (const [id, instance] of Object.entries(instances)) {
      if (!isObject(instance)) continue;
      for (const [key, value] of Object.entries(instance)) {
        if (statuses.get(key) === "not_computed" && asks(value)) found.push({ variable: key, path: [entity.plural, id, key] });
      }
    }
  }
  return found;
}

function messageAt(variable: string): string {
  return (
    `Zéro does not compute variable '${variable}' yet (OpenFisca-France does): ` +
    "give its value as an input, or do not ask for it. See /variable/" +
    variable
  );
}

/**
 * One 422 for all the variables a request asks for that Zéro does not compute yet, checked
 * before computing: our `error` names them all, and OpenFisca's message sits at each path.
 */
export function checkAskedComputed(situation: unknown, system: TaxBenefitSystem): void {
  const asked = notComputedAsked(situation, system);
  if (asked.length === 0) return;
  throw notComputedError(asked);
}

function notComputedError(asked: readonly Asked[]): AppError {
  const names = [...new Set(asked.map((a) => a.variable))];
  const body: Record<string, unknown> = {};
  for (const { variable, path } of asked) {
    let node = body;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = messageAt(variable);
  }
  const list = names.map((n) => `« ${n} »`).join(", ");
  return openfiscaError("OPENFISCA_NOT_COMPUTED", {
    message:
      names.length === 1
        ? `Zéro ne calcule pas encore la variable ${list} : donnez sa valeur ou ne la demandez pas.`
        : `Zéro ne calcule pas encore ces ${names.length} variables : ${list}. Donnez leur valeur ou ne les demandez pas.`,
    details: { variables: names, paths: asked.map((a) => a.path.join(".")) },
    extraBody: body,
  });
}
