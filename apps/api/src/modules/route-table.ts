import type { Static, TSchema } from "@sinclair/typebox";
import type { Route } from "@zero/schemas";

// Fastify routes from the entries of a route table of @zero/schemas (packages/schemas/src/routes.ts):
// the method, the path and the schemas come from the entry; the route file adds its OpenAPI tag,
// its summary, its error answers, its config and its handler.

type Part<S, K extends string> = S extends { readonly [P in K]: infer T extends TSchema } ? Static<T> : unknown;

/** Fastify's request types of an entry: its parameters, query and body, from its schemas. */
export type RouteTypes<R extends Route> = {
  Params: Part<R["schema"], "params">;
  Querystring: Part<R["schema"], "querystring">;
  Body: Part<R["schema"], "body">;
};

/** The error answers a route documents, by status. */
export type ErrorAnswers = { readonly [status: number]: TSchema };

/**
 * `app.route` options of an entry. A module's plugin is registered under its prefix (the entry's
 * path alone); the platform's routes are not (`absolute`: prefix and path).
 */
export function routeOptions(route: Route, doc: { tags: string[]; summary: string; errors: ErrorAnswers; absolute?: boolean }) {
  const { response, ...parts } = route.schema;
  return {
    method: route.method,
    url: doc.absolute ? route.prefix + route.path : route.path,
    schema: { tags: doc.tags, summary: doc.summary, ...parts, response: { ...response, ...doc.errors } },
  };
}
