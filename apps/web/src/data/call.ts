import type { Endpoint } from "@zero/schemas";
import { apiRequest } from "./client.ts";

// Calls an endpoint of a module's table (packages/schemas/src/<m>/endpoints.ts): the URL is built
// from the entry (prefix, path with its parameters URL-encoded, query string) and the answer is
// typed by the entry's response schema. No URL is written by hand in a part's api.ts.

type Types<E extends Endpoint> = NonNullable<E["types"]>;

type Slot<K extends string, T> = [T] extends [undefined]
  ? { readonly [P in K]?: undefined }
  : object extends T
    ? { readonly [P in K]?: T }
    : { readonly [P in K]: T };

/** What a call gives: `params` when the path has some, `query` and `body` when the endpoint takes them. */
export type CallInput<E extends Endpoint> = Slot<"params", Types<E>["params"]> & Slot<"query", Types<E>["query"]> & Slot<"body", Types<E>["body"]>;

type Args<E extends Endpoint> = object extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** The endpoint's URL: `/api/urgence/people/<id, encoded>?purpose=…` (empty and undefined query values left out). */
export function endpointUrl<E extends Endpoint>(endpoint: E, ...[input]: Args<E>): string {
  const params = (input?.params ?? {}) as Record<string, unknown>;
  const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === "") throw new Error(`${endpoint.path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((input?.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return `${endpoint.prefix}${path}${query === "" ? "" : `?${query}`}`;
}

/** Calls the endpoint with its method; the answer has the type of its success response. */
export function call<E extends Endpoint>(endpoint: E, ...args: Args<E>): Promise<Types<E>["response"]> {
  return apiRequest<Types<E>["response"]>(endpoint.method, endpointUrl(endpoint, ...args), args[0]?.body);
}
