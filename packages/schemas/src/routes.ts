import type { Static, TSchema } from "@sinclair/typebox";

// A module's endpoints as data, shared by the API (which registers them) and the web app (which
// calls them). Three layers, so that the browser bundle holds no TypeBox code:
//   <m>/paths.ts      method and path of each endpoint, and the module's prefix: plain strings;
//   <m>/routes.ts     the same entries with their TypeBox schemas, for Fastify (the API);
//   <m>/endpoints.ts  the paths typed by the schemas (`import type` only), for the web app.
// This file imports nothing at run time.

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Where an endpoint is: its method, its path under the module's prefix in Fastify's `:param` syntax, and that prefix. */
export interface RoutePath {
  readonly method: Method;
  readonly path: string;
  readonly prefix: string;
}

/** An endpoint's parts as Fastify takes them: its success answers only (each route file adds the error answers). */
export interface RouteSchema {
  readonly params?: TSchema;
  readonly querystring?: TSchema;
  readonly body?: TSchema;
  readonly produces?: readonly string[];
  readonly response: { readonly [status: number]: TSchema };
}

export interface Route extends RoutePath {
  readonly schema: RouteSchema;
}

type PathGroups = { readonly [group: string]: { readonly [name: string]: { readonly method: Method; readonly path: string } } };

type Prefixed<P extends PathGroups, Prefix extends string> = {
  readonly [G in keyof P]: { readonly [K in keyof P[G]]: P[G][K] & { readonly prefix: Prefix } };
};

/** A module's endpoints grouped by feature, each given the module's prefix (written once). */
export function definePaths<const Prefix extends string, const P extends PathGroups>(prefix: Prefix, groups: P): Prefixed<P, Prefix> {
  return Object.fromEntries(
    Object.entries(groups).map(([group, routes]) => [
      group,
      Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, { ...route, prefix }])),
    ]),
  ) as Prefixed<P, Prefix>;
}

type SchemaGroups<P> = { readonly [G in keyof P]: { readonly [K in keyof P[G]]: RouteSchema } };

type WithSchemas<P, S extends SchemaGroups<P>> = {
  readonly [G in keyof P]: { readonly [K in keyof P[G]]: P[G][K] & { readonly schema: S[G][K & keyof S[G]] } };
};

/** The paths with their schemas: every endpoint of `paths` must have one, and no other (checked here). */
export function withSchemas<
  P extends { readonly [group: string]: { readonly [name: string]: RoutePath } },
  const S extends SchemaGroups<P>,
>(paths: P, schemas: S): WithSchemas<P, S> {
  const schemaGroups = schemas as { readonly [group: string]: { readonly [name: string]: RouteSchema } };
  for (const group of Object.keys(schemaGroups)) {
    for (const name of Object.keys(schemaGroups[group] ?? {})) {
      if (paths[group]?.[name] === undefined) throw new Error(`schemas for an unknown endpoint: ${group}.${name}`);
    }
  }
  return Object.fromEntries(
    Object.entries(paths).map(([group, routes]) => [
      group,
      Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, { ...route, schema: schemaGroups[group]?.[name] }])),
    ]),
  ) as WithSchemas<P, S>;
}

/** What a caller holds of an endpoint: method, path and prefix at run time, its payload types for the compiler only. */
export interface Endpoint<
  M extends Method = Method,
  Path extends string = string,
  Params = unknown,
  Query = unknown,
  Body = unknown,
  Response = unknown,
> {
  readonly method: M;
  readonly path: Path;
  readonly prefix: string;
  /** Never set: it only carries the types of the endpoint's parameters, query, body and success answer. */
  readonly types?: { readonly params: Params; readonly query: Query; readonly body: Body; readonly response: Response };
}

type Part<S, K extends keyof RouteSchema> = S extends { readonly [P in K]: infer T extends TSchema } ? Static<T> : undefined;
/** The success answer's type; a 204 has no body (the web client gives `undefined`). */
type Answer<S extends RouteSchema> = {
  [Status in keyof S["response"]]: Status extends 204 | "204"
    ? undefined
    : S["response"][Status] extends TSchema
      ? Static<S["response"][Status]>
      : never;
}[keyof S["response"]];

type EndpointOf<R extends Route> = Endpoint<
  R["method"],
  R["path"],
  Part<R["schema"], "params">,
  Part<R["schema"], "querystring">,
  Part<R["schema"], "body">,
  Answer<R["schema"]>
>;

/** The type of a module's endpoints for the web app, from the type of its route table. */
export type Endpoints<T extends { readonly [group: string]: { readonly [name: string]: Route } }> = {
  readonly [G in keyof T]: { readonly [K in keyof T[G]]: EndpointOf<T[G][K]> };
};
