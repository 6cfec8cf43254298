import { PLATFORM_ROUTES } from "@zero/schemas";
import { PLATFORM_ENDPOINTS } from "@zero/schemas/platform/endpoints";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedRoutes, tableEntries } from "./helpers/served-routes.ts";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// The platform's route table (packages/schemas/src/platform/routes.ts): accounts, sessions,
// the second factor, ProConnect, organisations, the audit log and the error catalogue, for the
// API and the web app.

const entries = tableEntries(PLATFORM_ROUTES);
/** The platform's paths: every route under /api that no module's prefix holds, but the API documentation and the health check. */
const covered = (route: string) => {
  const path = route.split(" ")[1]!;
  return ["/api/auth/", "/api/organisations/", "/api/audit", "/api/errors/"].some((p) => path.startsWith(p)) || path === "/api/me";
};

describe("platform: the route table of @zero/schemas and the app's routes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("registers every entry with its method at /api + its path", () => {
    expect(new Set(entries.map((e) => e.prefix))).toEqual(new Set(["/api"]));
    for (const entry of entries) {
      const url = entry.prefix + entry.path;
      expect(t.app.hasRoute({ method: entry.method, url }), `${entry.name}: ${entry.method} ${url}`).toBe(true);
    }
  });

  it("serves no platform route that the table does not list", () => {
    const served = servedRoutes(t.app.printRoutes({ commonPrefix: false }));
    const listed = entries.map((e) => `${e.method} ${e.prefix}${e.path}`).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(served.filter(covered)).toEqual(listed);
  });

  it("gives the web app the same method, path and prefix as the API, and no schema", () => {
    for (const entry of entries) {
      const [group, name] = entry.name.split(".") as [string, string];
      const endpoint = (PLATFORM_ENDPOINTS as Record<string, Record<string, object>>)[group]?.[name];
      expect(endpoint, entry.name).toEqual({ method: entry.method, path: entry.path, prefix: entry.prefix });
    }
  });
});
