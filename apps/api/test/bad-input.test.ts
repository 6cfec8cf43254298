import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

// Property: whatever a client sends, the answer is a documented error or a success,
// never a 500.
describe("bad input never yields a 500", () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp({ loginRateLimit: { max: 100000, windowMinutes: 1 } });
    admin = await login(t.app, DEMO.horizonAdmin);
  });
  afterAll(() => t.close());

  it("on login bodies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.string()), async (value) => {
        const payload = typeof value === "string" ? value : JSON.stringify(value);
        const res = await t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload,
          headers: { "content-type": "application/json" },
        });
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(typeof res.json().error.code).toBe("string");
      }),
      { numRuns: 150 },
    );
  });

  it("on member creation bodies and audit queries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("email", "displayName", "role", "password", "purpose", "x"), fc.jsonValue()),
        fc.string(),
        async (body, query) => {
          const res = await t.app.inject({
            method: "POST",
            url: `/api/organisations/${admin.organisationId}/members`,
            headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
            payload: body,
          });
          expect(res.statusCode).toBeLessThan(500);
          const audit = await t.app.inject({
            method: "GET",
            url:
              `/api/audit?organisationId=${admin.organisationId}` +
              `&resourceType=${encodeURIComponent(query)}&from=${encodeURIComponent(query)}`,
            headers: { cookie: admin.cookie },
          });
          expect(audit.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 100 },
    );
  });
});
