import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors/app-error.ts";
import { addDateRules } from "./date-rules.ts";
import { addFreeTextRules } from "./free-text-rules.ts";

// Guards for values that JSON Schema lets through but no calendar or number accepts.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** The calendar day exists: JavaScript's Date rolls 30 February over to 2 March. */
function calendarDay(year: string, month: string, day: string): boolean {
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return d.getUTCFullYear() === Number(year) && d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
}

/**
 * Ajv's `date-time` accepts a leap second (…:60Z) that JavaScript's Date cannot hold, and
 * JavaScript reads 30 February and 24:00 as the next day: only instants that exist pass.
 */
function strictDateTime(value: string): boolean {
  const m = RFC3339.exec(value);
  return m !== null && calendarDay(m[1]!, m[2]!, m[3]!) && !Number.isNaN(Date.parse(value));
}

type FormatRegistry = Parameters<typeof addDateRules>[0] &
  Parameters<typeof addFreeTextRules>[0] & {
    // A method signature, so that Ajv's wider `Format` parameter is accepted.
    addFormat(name: string, format: { type: "string"; validate: (value: string) => boolean }): unknown;
  };

/** Ajv's onCreate: strict date-times, the rule of every date (ADR 0020), free texts without personal data. */
export function addStrictDateTime(ajv: FormatRegistry): void {
  ajv.addFormat("date-time", { type: "string", validate: strictDateTime });
  addDateRules(ajv);
  addFreeTextRules(ajv);
}

function firstNonFinite(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path || "/";
  if (depth > 32 || typeof value !== "object" || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = firstNonFinite(child, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Ajv coerces "1e309" to Infinity and then skips `maximum` (it only checks finite
 * numbers), and JSON.parse reads 1e309 as Infinity too: refuse any non-finite number
 * after validation, as a client's mistake.
 */
export const inputGuardsPlugin = fp(async (app: FastifyInstance) => {
  app.addHook("preHandler", async (request) => {
    for (const [part, value] of [
      ["querystring", request.query],
      ["params", request.params],
      ["body", request.body],
    ] as const) {
      const path = firstNonFinite(value, "");
      if (path) {
        throw new AppError("VALIDATION_FAILED", { details: [{ in: part, path, problem: "nombre non fini" }] });
      }
    }
  });
});
