import { parsePeriod, type Period, type TaxBenefitSystem } from "@zero/engine";
import type { AppError } from "../../../errors/app-error.ts";
import type { EngineLimits } from "./config.ts";
import { openfiscaError } from "../errors.ts";

export type SituationLimits = Pick<
  EngineLimits,
  "maxDepth" | "maxPersons" | "maxValues" | "maxPeriodMonths" | "maxMonthsTotal" | "maxAxisCells" | "maxExpandedValues"
>;

/** The bound a request crosses: named in the 4xx, with the limit, what was found and where. */
function exceeded(bound: string, limit: number, found: number, path: string[]): AppError {
  const where = path.length ? ` en ${path.join(".")}` : "";
  return openfiscaError("OPENFISCA_LIMIT_EXCEEDED", {
    message: `La requête dépasse la borne « ${bound} » (au plus ${limit}, trouvé ${found}${where}).`,
    details: { bound, limit, found, path: path.join(".") },
  });
}

const PERIOD_KEY = /^(\d{4}(-\d{2}){0,2}|(day|month|year):\d{4}(-\d{2}){0,2}(:\d+)?)$/;

function months(period: Period): number {
  if (period.unit === "eternity") return 1;
  if (period.unit === "year") return period.size * 12;
  if (period.unit === "month") return period.size;
  return Math.ceil(period.size / 28);
}

/**
 * Measures a situation before any computation, in one pass without recursion (a 10,000-deep
 * body cannot overflow the stack): depth, persons and group instances (full form) or the
 * length of value lists (flat form, one person per item), number of period keys, and the
 * months each spans. A period like `month:1000-01:2000000` is measured by its size, never
 * expanded; `axes` by the cells they make and the values once repeated. Throws
 * OPENFISCA_LIMIT_EXCEEDED (413) naming the bound.
 */
export function checkSituationBounds(situation: unknown, system: TaxBenefitSystem, limits: SituationLimits): void {
  if (typeof situation !== "object" || situation === null) return;
  const values = countValues(situation, system, limits);
  checkAxes((situation as Record<string, unknown>).axes, values, limits);
}

/** Cells of the axes (counts multiplied, stopped at the bound), and the values they repeat. */
function checkAxes(axes: unknown, values: number, limits: SituationLimits): void {
  if (!Array.isArray(axes)) return; // absent, or malformed: the engine says so
  let cells = 1;
  axes.forEach((parallel, i) => {
    const first: unknown = Array.isArray(parallel) ? parallel[0] : parallel;
    const count = typeof first === "object" && first !== null ? (first as { count?: unknown }).count : undefined;
    if (typeof count !== "number" || !Number.isFinite(count) || count < 1) return;
    cells *= count;
    if (cells > limits.maxAxisCells) throw exceeded("cellules des axes", limits.maxAxisCells, cells, ["axes", String(i)]);
  });
  const expanded = values * cells;
  if (expanded > limits.maxExpandedValues) throw exceeded("valeurs avec les axes", limits.maxExpandedValues, expanded, ["axes"]);
}

function countValues(situation: object, system: TaxBenefitSystem, limits: SituationLimits): number {
  const entities = system.entities;
  const plurals = new Set([entities.person.plural, ...entities.groups.map((g) => g.plural)]);
  let values = 0;
  let monthsTotal = 0;
  const stack: { node: unknown; path: string[] }[] = [{ node: situation, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (path.length > limits.maxDepth) throw exceeded("profondeur", limits.maxDepth, path.length, path.slice(0, 4));
    if (Array.isArray(node)) {
      // A list: the members of a role, or (flat form) one value per implicit person.
      if (node.length > limits.maxPersons) throw exceeded("personnes", limits.maxPersons, node.length, path);
      node.forEach((child, i) => {
        if (typeof child === "object" && child !== null) stack.push({ node: child, path: [...path, String(i)] });
      });
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const keys = Object.keys(node);
    if (path.length === 1 && plurals.has(path[0]!) && keys.length > limits.maxPersons) {
      throw exceeded("personnes", limits.maxPersons, keys.length, path);
    }
    for (const key of keys) {
      if (PERIOD_KEY.test(key) || key === "ETERNITY" || key === "eternity") {
        values += 1;
        if (values > limits.maxValues) throw exceeded("valeurs", limits.maxValues, values, path);
        let span: number;
        try {
          span = months(parsePeriod(key));
        } catch {
          continue; // not a valid period: the engine says so, with its path
        }
        if (span > limits.maxPeriodMonths) throw exceeded("mois par période", limits.maxPeriodMonths, span, [...path, key]);
        monthsTotal += span;
        if (monthsTotal > limits.maxMonthsTotal) throw exceeded("mois au total", limits.maxMonthsTotal, monthsTotal, path);
      }
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === "object" && child !== null) stack.push({ node: child, path: [...path, key] });
    }
  }
  return values;
}
