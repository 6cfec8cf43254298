import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, DEMO, login, type TestApp } from "./helpers/test-app.ts";

describe("logs carry no personal data", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("never writes emails, names, passwords, cookies or CSRF tokens", async () => {
    const s = await login(t.app, DEMO.horizonAdmin);
    await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.viewer, password: "secret-guess-123" } });
    await t.app.inject({ method: "GET", url: `/api/me?q=${encodeURIComponent("Jean Fictif")}`, headers: { cookie: s.cookie } });
    await t.app.inject({
      method: "GET",
      url: `/api/organisations/${s.organisationId}/members`,
      headers: { cookie: s.cookie },
    });
    const text = t.logs.join("");
    expect(t.logs.length).toBeGreaterThan(6);
    expect(text).toContain("/api/organisations/:organisationId/members");
    for (const secret of [
      DEMO.horizonAdmin,
      DEMO.viewer,
      DEMO.ambassador,
      "Sabrina Cohen",
      "Inès Moreau",
      "Jean",
      "secret-guess-123",
      "demo-zero-2026",
      s.csrfToken,
      s.cookie.split("=")[1]!.slice(0, 20),
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
