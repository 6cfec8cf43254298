import type { TSchema } from "@sinclair/typebox";
import { ErrorBody } from "@zero/schemas";
import { routeOptions } from "../route-table.ts";

export type { RouteTypes } from "../route-table.ts";

/** The error answers every Urgence route may give, for its OpenAPI description. */
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The route's Fastify options from its entry of URGENCE_ROUTES: its schemas, the module's tag, a summary, the error answers. */
export function routeOf(
  route: Parameters<typeof routeOptions>[0],
  summary: string,
  errorAnswers: { readonly [status: number]: TSchema } = errors,
) {
  return routeOptions(route, { tags: ["urgence"], summary, errors: errorAnswers });
}
