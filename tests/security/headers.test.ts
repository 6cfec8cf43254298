import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeadersPlugin } from "../../apps/api/src/plugins/security-headers.ts";
import { purpose, sessions, client, type Who } from "../../apps/api/test/urgence/helpers.ts";
import { createTestApp, type Session, type TestApp } from "../../apps/api/test/helpers/test-app.ts";

// Point 9 of issue 11: no security headers, no `no-store` on personal data, and lax type
// coercion (strings taken as numbers, numbers as booleans).

describe("security headers, caching of personal data, strict bodies", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: ReturnType<typeof client>;
  let personId: string;
  const web = mkdtempSync(join(tmpdir(), "zero-web-"));

  beforeAll(async () => {
    mkdirSync(join(web, "assets"));
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Zéro</title>");
    writeFileSync(join(web, "assets", "index-abc123.js"), "console.log(1)");
    t = await createTestApp({ webDist: web });
    s = await sessions(t);
    api = client(t);
    const res = await api.post("/api/urgence/people", s.phare, {
      organisationId: s.phare.organisationId,
      alias: "Fictif des en-têtes",
      purpose,
    });
    personId = res.json().id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  const csp = (h: Record<string, unknown>) => String(h["content-security-policy"] ?? "");

  it("sends CSP, nosniff, no framing and no referrer on pages, files, JSON, errors and 404s", async () => {
    const responses = {
      page: await t.app.inject({ url: "/urgence" }),
      asset: await t.app.inject({ url: "/assets/index-abc123.js" }),
      json: await api.get(`/api/urgence/people/${personId}`, s.phare),
      refused: await api.get(`/api/urgence/people/${personId}`, s.ventoux),
      anonymous: await t.app.inject({ url: "/api/me" }),
      unknown: await t.app.inject({ url: "/api/nothing-here" }),
      engine: await t.app.inject({ url: "/api/openfisca/entities" }),
    };
    expect(responses.page.statusCode).toBe(200);
    expect(responses.refused.statusCode).toBe(404);
    for (const [what, res] of Object.entries(responses)) {
      const h = res.headers;
      expect(csp(h), what).toContain("default-src 'self'");
      expect(csp(h), what).toContain("script-src 'self'");
      expect(csp(h), what).toContain("frame-ancestors 'none'");
      expect(csp(h), what).not.toContain("unsafe-inline");
      expect(h["x-content-type-options"], what).toBe("nosniff");
      expect(h["x-frame-options"], what).toBe("DENY");
      expect(h["referrer-policy"], what).toBe("no-referrer");
      expect(h["x-powered-by"], what).toBeUndefined();
    }
  });

  it("forbids storing any API answer that may carry personal data; lets the public engine and assets be cached", async () => {
    const personal = [
      await api.get(`/api/urgence/people/${personId}`, s.phare),
      await api.get(`/api/urgence/people/${personId}`, s.ventoux),
      await api.get(`/api/urgence/people?organisationId=${s.phare.organisationId}`, s.phare),
      await t.app.inject({ url: "/api/me" }),
      await api.get(`/api/audit?organisationId=${s.phare.organisationId}`, s.phare),
    ];
    for (const [i, res] of personal.entries()) expect(res.headers["cache-control"], `answer ${i}`).toBe("no-store");
    expect((await t.app.inject({ url: "/api/openfisca/entities" })).headers["cache-control"]).not.toBe("no-store");
    expect((await t.app.inject({ url: "/assets/index-abc123.js" })).headers["cache-control"]).toContain("immutable");
    expect((await t.app.inject({ url: "/urgence" })).headers["cache-control"]).toBe("no-cache");
  });

  it("adds HSTS in production only", async () => {
    expect((await t.app.inject({ url: "/api/health" })).headers["strict-transport-security"]).toBeUndefined();
    // The plugin alone: a second app would empty the shared PostgreSQL test database.
    const prod = Fastify();
    await prod.register(securityHeadersPlugin, { production: true, publicPrefixes: [] });
    prod.get("/api/health", async () => ({ status: "ok" }));
    try {
      const h = (await prod.inject({ url: "/api/health" })).headers;
      expect(String(h["strict-transport-security"])).toMatch(/max-age=\d{7,}/);
      expect(csp(h)).toContain("upgrade-insecure-requests");
    } finally {
      await prod.close();
    }
  });

  it("takes no string for a number and no number for a boolean in a body; query strings still read numbers", async () => {
    const network = s.coordinator.organisationId;
    const wrong = [
      await api.patch(`/api/urgence/people/${personId}`, s.phare, { householdAdults: "2", purpose }),
      await api.post("/api/urgence/matching", s.operator, { networkId: network, dryRun: 1, purpose }),
      await api.post("/api/urgence/people", s.phare, { organisationId: s.phare.organisationId, alias: "X", birthYear: "1980", purpose }),
      await api.patch(`/api/urgence/people/${personId}`, s.phare, { languages: "fr", purpose }),
    ];
    for (const res of wrong) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    const person = (await api.get(`/api/urgence/people/${personId}`, s.phare)).json();
    expect(person.householdAdults).not.toBe(2);
    const listed = await api.get(`/api/urgence/people?organisationId=${s.phare.organisationId}&limit=5`, s.phare);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().people.length).toBeLessThanOrEqual(5);
  });
});
