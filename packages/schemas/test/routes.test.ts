import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Type, type TSchema } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { definePaths, withSchemas } from "../src/routes.ts";
import { URGENCE_ROUTES } from "../src/urgence/routes.ts";

const entries = Object.entries(URGENCE_ROUTES).flatMap(([group, routes]) =>
  Object.entries(routes).map(([name, route]) => ({ name: `${group}.${name}`, ...route })),
);

describe("route tables", () => {
  it("give each endpoint its module's prefix and keep method and path", () => {
    const paths = definePaths("/api/essai", { things: { get: { method: "GET", path: "/things/:id" } } });
    expect(paths.things.get).toEqual({ method: "GET", path: "/things/:id", prefix: "/api/essai" });
  });

  it("refuse schemas for an endpoint that has no path", () => {
    const paths = definePaths("/api/essai", { things: { get: { method: "GET", path: "/things" } } });
    const schemas = { things: { get: { response: {} }, remove: { response: {} } } };
    expect(() => withSchemas(paths, schemas)).toThrow("schemas for an unknown endpoint: things.remove");
    expect(withSchemas(paths, { things: { get: { response: { 200: Type.String() } } } }).things.get.schema.response[200]).toEqual(
      Type.String(),
    );
  });
});

describe("the Urgence route table", () => {
  it("gives every endpoint a schema and a success answer (none for the CSV file)", () => {
    for (const entry of entries) {
      expect(entry.schema, entry.name).toBeDefined();
      const statuses = Object.keys(entry.schema.response);
      if (entry.name === "dashboard.csv") expect(statuses).toEqual([]);
      else expect(statuses.length, entry.name).toBe(1);
      for (const status of statuses) expect(Number(status), entry.name).toBeGreaterThanOrEqual(200);
      for (const status of statuses) expect(Number(status), entry.name).toBeLessThan(300);
    }
  });

  it("writes paths in Fastify's syntax, and the params schema names exactly the path's parameters", () => {
    for (const entry of entries) {
      expect(entry.path, entry.name).toMatch(/^(\/(:[A-Za-z]+|[a-z.-]+))+$/);
      const inPath = [...entry.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]).sort();
      const params = (entry.schema as { params?: TSchema & { properties?: Record<string, unknown> } }).params;
      expect(Object.keys(params?.properties ?? {}).sort(), entry.name).toEqual(inPath);
    }
  });

  it("takes a body on writes only, and a query string on reads only", () => {
    for (const entry of entries) {
      if (entry.method === "GET") expect("body" in entry.schema, entry.name).toBe(false);
      else expect("querystring" in entry.schema, entry.name).toBe(false);
    }
  });
});

describe("the web app's entry points (package exports ./urgence/endpoints, ./platform/endpoints)", () => {
  const src = join(dirname(fileURLToPath(import.meta.url)), "../src");
  /** The files a module loads at run time, following every import that is not `import type`. */
  const runtimeFiles = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gms)) {
      seen.add(specifier!.startsWith(".") ? "" : specifier!);
      if (specifier!.startsWith(".")) runtimeFiles(join(dirname(file), specifier!), seen);
    }
    seen.delete("");
    return seen;
  };

  it("load no TypeBox code and no schema file: method, path and prefix only", () => {
    for (const entry of ["urgence/endpoints.ts", "platform/endpoints.ts"]) {
      const loaded = [...runtimeFiles(join(src, entry))].map((f) => (f.startsWith("/") ? relative(src, f) : f)).sort();
      expect(loaded, entry).toEqual([entry, entry.replace("endpoints", "paths"), "routes.ts"].sort());
    }
  });
});
