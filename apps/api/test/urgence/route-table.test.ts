import { URGENCE_ROUTES } from "@zero/schemas";
import { URGENCE_ENDPOINTS } from "@zero/schemas/urgence/endpoints";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { urgenceModule } from "../../src/modules/urgence/index.ts";
import { servedRoutes, tableEntries } from "../helpers/served-routes.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The Urgence route table (packages/schemas/src/urgence/routes.ts) is the one source of the
// module's paths, for the API and the web app: the built app serves exactly its entries.

const entries = tableEntries(URGENCE_ROUTES);

describe("urgence: the route table of @zero/schemas and the app's routes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("names the manifest's prefix, once for every entry", () => {
    expect(entries.length).toBeGreaterThan(40);
    expect(new Set(entries.map((e) => e.prefix))).toEqual(new Set([urgenceModule.prefix]));
  });

  it("registers every entry with its method and its path under the prefix", () => {
    for (const entry of entries) {
      const url = urgenceModule.prefix + entry.path;
      expect(t.app.hasRoute({ method: entry.method, url }), `${entry.name}: ${entry.method} ${url}`).toBe(true);
    }
  });

  it("serves no Urgence route that the table does not list, and lists each endpoint once", () => {
    const served = servedRoutes(t.app.printRoutes({ commonPrefix: false }));
    const listed = entries.map((e) => `${e.method} ${e.prefix}${e.path}`).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(served.filter((r) => r.split(" ")[1]!.startsWith(`${urgenceModule.prefix}/`))).toEqual(listed);
    // The parser reads the tree: routes outside the module are there too.
    expect(served).toContain("POST /api/auth/login");
  });

  it("gives the web app the same method, path and prefix as the API, and no schema", () => {
    for (const [group, routes] of Object.entries(URGENCE_ROUTES)) {
      for (const [name, route] of Object.entries(routes)) {
        const endpoint = (URGENCE_ENDPOINTS as Record<string, Record<string, object>>)[group]?.[name];
        expect(endpoint, `${group}.${name}`).toEqual({ method: route.method, path: route.path, prefix: route.prefix });
      }
    }
    expect(Object.keys(URGENCE_ENDPOINTS).sort()).toEqual(Object.keys(URGENCE_ROUTES).sort());
  });
});
