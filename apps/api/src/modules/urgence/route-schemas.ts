import type { Static, TSchema } from "@sinclair/typebox";
import { ErrorBody, type URGENCE_ROUTES } from "@zero/schemas";

/** The error answers every Urgence route may give, for its OpenAPI description. */
export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
/** The OpenAPI tag of the module's routes. */
const tags = ["urgence"];

/** An entry of the module's route table (packages/schemas/src/urgence/routes.ts). */
type UrgenceRoute = {
  [G in keyof typeof URGENCE_ROUTES]: (typeof URGENCE_ROUTES)[G][keyof (typeof URGENCE_ROUTES)[G]];
}[keyof typeof URGENCE_ROUTES];

type Part<S, K extends string> = S extends { readonly [P in K]: infer T extends TSchema } ? Static<T> : unknown;

/** Fastify's request types of an entry: its parameters, query and body, from its schemas. */
export type RouteTypes<R extends UrgenceRoute> = {
  Params: Part<R["schema"], "params">;
  Querystring: Part<R["schema"], "querystring">;
  Body: Part<R["schema"], "body">;
};

/** The route's Fastify options from its entry: the entry's schemas, the module's tag, a summary, the error answers. */
export function routeOf<R extends UrgenceRoute>(route: R, summary: string, errorAnswers: { readonly [status: number]: TSchema } = errors) {
  const { response, ...parts } = route.schema;
  return { method: route.method, url: route.path, schema: { tags, summary, ...parts, response: { ...response, ...errorAnswers } } };
}
