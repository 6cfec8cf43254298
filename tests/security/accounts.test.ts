import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileMailbox, type Mailbox } from "../../apps/api/test/helpers/mailbox.ts";
import { createTestApp, DEMO, login, type TestApp } from "../../apps/api/test/helpers/test-app.ts";

// Attacks 3 and 10 of issue 11, replayed: the login limiter counted successful logins (a shared
// counter workstation was locked out after 10), accounts had no lockout of their own, no password
// reset, and sessions could be neither listed nor revoked.

const PASSWORD = "demo-zero-2026";
const COUNTER = "203.0.113.50";

describe("accounts: failures only are counted, per account and per address", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, remoteAddress = COUNTER) =>
    t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, remoteAddress });

  it("lets 12 successful logins from one counter workstation through", async () => {
    const accounts = [DEMO.agent, DEMO.viewer, DEMO.ambassador, DEMO.coordinator];
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await attempt(accounts[i % accounts.length]!, PASSWORD)).statusCode);
    expect(codes).toEqual(new Array(12).fill(200));
  });

  it("locks one account after 5 failures, with a French 429 and Retry-After; the others still log in", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await attempt(DEMO.horizonAdmin, `devine-${i}`, `198.51.100.${i}`)).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    // Even the right password, from another address, waits: the lock is the account's.
    const locked = await attempt(DEMO.horizonAdmin, PASSWORD, "192.0.2.77");
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("LOGIN_LOCKED");
    expect(locked.json().error.message).toMatch(/^Trop d'échecs de connexion pour ce compte/);
    const retryAfter = Number(locked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.json().error.details).toEqual({ retryAfterSeconds: retryAfter });
    // The same counter workstation and the same addresses: other accounts are not locked.
    expect((await attempt(DEMO.admin, PASSWORD, "198.51.100.0")).statusCode).toBe(200);
    expect((await attempt(DEMO.agent, PASSWORD)).statusCode).toBe(200);
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("action", "=", "login_locked").execute();
    expect(audit).toHaveLength(1);
  });

  it("locks an unknown e-mail exactly like a known one: the lock tells nothing of accounts", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await attempt("personne@nulle-part.example", `x-${i}`, "192.0.2.90")).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("blocks an address that fails on many accounts (30 failures)", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) {
      codes.push((await attempt(`essai${i}@nulle-part.example`, "x", "192.0.2.200")).statusCode);
    }
    expect(codes.slice(0, 30)).toEqual(new Array(30).fill(401));
    expect(codes[30]).toBe(429);
    expect((await attempt(DEMO.viewer, PASSWORD, "192.0.2.200")).statusCode).toBe(429);
    expect((await attempt(DEMO.viewer, PASSWORD, "192.0.2.201")).statusCode).toBe(200);
  });
});

describe("accounts: password reset by a one-time link, sessions", () => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    const mail = fileMailbox();
    mailbox = mail.mailbox;
    t = await createTestApp({ account: mail.account });
  });
  afterAll(async () => {
    await t.close();
    mailbox.remove();
  });

  const me = (s: { cookie: string }) => t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.cookie } });
  const requestReset = (email: string, remoteAddress = "192.0.2.1") =>
    t.app.inject({ method: "POST", url: "/api/auth/password-reset/request", payload: { email }, remoteAddress });

  it("answers a known and an unknown e-mail identically", async () => {
    const known = await requestReset(DEMO.agent);
    // From another address, so that the per-address limit's counters read the same.
    const unknown = await requestReset("inconnu@nulle-part.example", "192.0.2.2");
    await t.app.services.account.settled();
    const comparable = (res: typeof known) => {
      const { date: _date, ...headers } = res.headers;
      return { status: res.statusCode, body: res.body, headers };
    };
    expect(comparable(known)).toEqual(comparable(unknown));
    expect(known.statusCode).toBe(202);
    expect(known.json().message).toMatch(/^Si un compte existe avec cette adresse/);
    expect(mailbox.to(DEMO.agent)).toHaveLength(1);
    expect(mailbox.to("inconnu@nulle-part.example")).toHaveLength(0);
  });

  it("the link works once, closes every session, lifts the lockout", async () => {
    const open = await login(t.app, DEMO.agent);
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: DEMO.agent, password: `x${i}` } });
    }
    const token = mailbox.lastResetToken(DEMO.agent)!;
    const confirm = (password: string) =>
      t.app.inject({ method: "POST", url: "/api/auth/password-reset/confirm", payload: { token, password } });
    expect((await confirm("Cheval lampe orage 93")).statusCode).toBe(204);
    expect((await me(open)).statusCode).toBe(401);
    const second = await confirm("Une autre idée de l'attaquant 12");
    expect(second.statusCode).toBe(400);
    expect(second.json().error.code).toBe("RESET_LINK_INVALID");
    expect((await login(t.app, DEMO.agent, "Cheval lampe orage 93")).userId).toBe(open.userId);
  });

  it("lists my sessions without tokens and revokes one, or all the others", async () => {
    const phone = await login(t.app, DEMO.viewer);
    const desk = await login(t.app, DEMO.viewer);
    const listed = await t.app.inject({ method: "GET", url: "/api/auth/sessions", headers: { cookie: desk.cookie } });
    const sessions = listed.json().sessions as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    const phoneId = sessions.find((s) => !s.current)!.id;
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/auth/sessions/${phoneId}`,
      headers: { cookie: desk.cookie, "x-csrf-token": desk.csrfToken },
    });
    expect(revoked.statusCode).toBe(204);
    expect((await me(phone)).statusCode).toBe(401);
    const laptop = await login(t.app, DEMO.viewer);
    const others = await t.app.inject({
      method: "POST",
      url: "/api/auth/sessions/revoke-others",
      headers: { cookie: desk.cookie, "x-csrf-token": desk.csrfToken },
    });
    expect(others.json()).toEqual({ revoked: 1 });
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(desk)).statusCode).toBe(200);
  });
});
