import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { createTestApp, DEMO, login, type TestApp } from "./helpers/test-app.ts";

describe("authentication", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("logs a demo account in with an httpOnly, SameSite session cookie", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: DEMO.admin, password: "demo-zero-2026" },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.email).toBe(DEMO.admin);
    expect(body.memberships).toEqual([expect.objectContaining({ organisationKind: "prefecture", role: "admin" })]);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = res.cookies.find((c) => c.name === "zero_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.path).toBe("/");
  });

  it("accepts the email whatever its case", async () => {
    const s = await login(t.app, DEMO.agent.toUpperCase());
    expect(s.userId).toBeTruthy();
  });

  it("returns the connected person on GET /api/me", async () => {
    const s = await login(t.app, DEMO.coordinator);
    const res = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.displayName).toBe("Yasmine Belkacem");
    expect(res.json().csrfToken).toBe(s.csrfToken);
  });

  it("refuses /api/me without a session (401 UNAUTHENTICATED)", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/me" });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a forged or tampered cookie", async () => {
    const s = await login(t.app, DEMO.viewer);
    const tampered = s.cookie.slice(0, -3) + "abc";
    for (const cookie of [tampered, "zero_session=forged.value"]) {
      const res = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
      expect(res.statusCode).toBe(401);
    }
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    for (const payload of [
      { email: DEMO.admin, password: "wrong-password" },
      { email: "nobody@nowhere.example", password: "demo-zero-2026" },
    ]) {
      const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({
        code: "INVALID_CREDENTIALS",
        message: "Adresse électronique ou mot de passe incorrect.",
      });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it("rejects malformed login bodies with 4xx and a code, never 500", async () => {
    const cases: { payload: string; contentType: string; status: number; code: string }[] = [
      { payload: JSON.stringify({ email: DEMO.admin }), contentType: "application/json", status: 400, code: "VALIDATION_FAILED" },
      {
        payload: JSON.stringify({ email: "not-an-email", password: "x" }),
        contentType: "application/json",
        status: 400,
        code: "VALIDATION_FAILED",
      },
      { payload: "{not json", contentType: "application/json", status: 400, code: "INVALID_JSON" },
      { payload: "email=a@b.fr&password=x", contentType: "application/x-www-form-urlencoded", status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
      { payload: "", contentType: "application/json", status: 400, code: "INVALID_JSON" },
    ];
    for (const c of cases) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: c.payload,
        headers: { "content-type": c.contentType },
      });
      expect({ status: res.statusCode, code: res.json().error.code }).toEqual({ status: c.status, code: c.code });
    }
  });

  it("names the invalid fields in VALIDATION_FAILED details", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "x" } });
    const details = res.json().error.details as { path: string; problem: string }[];
    expect(details.length).toBeGreaterThanOrEqual(2);
    expect(details.map((d) => d.path).join(" ")).toMatch(/email/);
  });

  it("logs out only with the CSRF token, then the session is gone", async () => {
    const s = await login(t.app, DEMO.ambassador);
    const noToken = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: s.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe("CSRF_INVALID");
    const wrongToken = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: s.cookie, "x-csrf-token": "nope" },
    });
    expect(wrongToken.statusCode).toBe(403);

    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken },
    });
    expect(ok.statusCode).toBe(204);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it("refuses logout without a session", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/logout" });
    expect(res.statusCode).toBe(401);
  });

  it("stores only a hash of the session token", async () => {
    const s = await login(t.app, DEMO.horizonAdmin);
    const token = decodeURIComponent(s.cookie.split("=")[1]!).split(".")[0]!;
    const rows = await t.database.db.selectFrom("sessions").select("token_hash").execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it("stores passwords as argon2id hashes", async () => {
    const row = await t.database.db.selectFrom("users").select("password_hash").where("email", "=", DEMO.admin).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe("login rate limiting", () => {
  let t: TestApp;
  beforeAll(async () => {
    const base = loadConfig({});
    t = await createTestApp({ account: { ...base.account, login: { ...base.account.login, failuresPerAccount: 3 } } });
  });
  afterAll(() => t.close());

  it("answers 429 LOGIN_LOCKED after too many failures on one account (failures only count)", async () => {
    const attempt = () => t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.admin, password: "guess" } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("LOGIN_LOCKED");
    expect(blocked.json().error.message).toMatch(/Trop d'échecs de connexion/);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    // Another account from the same address is not locked out by it.
    const other = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: DEMO.viewer, password: "demo-zero-2026" },
    });
    expect(other.statusCode).toBe(200);
  });
});
