import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors/app-error.ts";

// Guards for values that JSON Schema lets through but no calendar or number accepts.

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Ajv's `date-time` accepts a leap second (…:60Z) that JavaScript's Date cannot hold. */
interface FormatRegistry {
  // A method signature, so that Ajv's wider `Format` parameter is accepted.
  addFormat(name: string, format: { type: "string"; validate: (value: string) => boolean }): unknown;
}

export function addStrictDateTime(ajv: FormatRegistry): void {
  ajv.addFormat("date-time", {
    type: "string",
    validate: (value: string) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
  });
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
