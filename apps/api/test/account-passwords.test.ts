import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../src/modules/auth/tokens.ts";
import { fileMailbox, type Mailbox } from "./helpers/mailbox.ts";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

const DEMO_PASSWORD = "demo-zero-2026";
const STRONG = "Cheval lampe orage 93";

describe("password change", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const me = (s: Session) => t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.cookie } });
  const change = (s: Session, body: object, csrf = true) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie: s.cookie, ...(csrf ? { "x-csrf-token": s.csrfToken } : {}) },
      payload: body,
    });

  it("needs a session and the CSRF token", async () => {
    const anonymous = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: DEMO_PASSWORD, newPassword: STRONG },
    });
    expect(anonymous.statusCode).toBe(401);
    const s = await login(t.app, DEMO.viewer);
    expect((await change(s, { currentPassword: DEMO_PASSWORD, newPassword: STRONG }, false)).statusCode).toBe(403);
  });

  it("refuses a wrong current password (403) and a weak or unchanged new one (400), naming the rule", async () => {
    const s = await login(t.app, DEMO.viewer);
    const wrong = await change(s, { currentPassword: "not-the-password", newPassword: STRONG });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe("CURRENT_PASSWORD_INCORRECT");
    const weak = await change(s, { currentPassword: DEMO_PASSWORD, newPassword: "motdepasse2024" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("PASSWORD_TOO_WEAK");
    expect(weak.json().error.details).toEqual([
      expect.objectContaining({ path: "/newPassword", rule: "common", problem: expect.stringMatching(/courant/) }),
    ]);
    const same = await change(s, { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD });
    expect(same.json().error.code).toBe("PASSWORD_UNCHANGED");
  });

  it("changes the password, closes every other session and keeps this one; audited", async () => {
    const other1 = await login(t.app, DEMO.agent);
    const other2 = await login(t.app, DEMO.agent);
    const s = await login(t.app, DEMO.agent);
    const res = await change(s, { currentPassword: DEMO_PASSWORD, newPassword: STRONG });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revokedSessions: 2 });
    for (const gone of [other1, other2]) {
      expect((await me(gone)).statusCode).toBe(401);
    }
    expect((await me(s)).statusCode).toBe(200);
    const old = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: DEMO.agent, password: DEMO_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    expect((await login(t.app, DEMO.agent, STRONG)).userId).toBe(s.userId);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "outcome"])
      .where("actor_user_id", "=", s.userId)
      .where("action", "=", "password_changed")
      .execute();
    expect(audit).toEqual([{ action: "password_changed", outcome: "success" }]);
  });

  it("counts wrong current passwords as failed logins: the account locks", async () => {
    const s = await login(t.app, DEMO.coordinator);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await change(s, { currentPassword: `wrong-${i}`, newPassword: STRONG })).statusCode);
    }
    expect(codes).toEqual([403, 403, 403, 403, 403, 429]);
  });
});

describe("password reset by a one-time link", () => {
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

  const request = (email: string, remoteAddress = "192.0.2.10") =>
    t.app.inject({ method: "POST", url: "/api/auth/password-reset/request", payload: { email }, remoteAddress });
  const confirm = (token: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/auth/password-reset/confirm", payload: { token, password } });
  const settled = () => t.app.services.account.settled();
  const me = (s: Session) => t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.cookie } });

  it("sends a link with a token that the database holds only hashed, valid 30 minutes", async () => {
    const before = Date.now();
    expect((await request(DEMO.ambassador)).statusCode).toBe(202);
    await settled();
    const [message] = mailbox.to(DEMO.ambassador);
    expect(message).toMatch(/^From: Zéro <ne-pas-repondre@localhost>\r\n/);
    expect(message).toContain("Subject: =?UTF-8?B?");
    expect(message).toContain("https://zero.test/mot-de-passe/nouveau#jeton=");
    const token = mailbox.lastResetToken(DEMO.ambassador)!;
    const rows = await t.database.db.selectFrom("password_reset_tokens").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const ttl = Date.parse(rows[0]!.expires_at) - before;
    expect(ttl).toBeGreaterThan(29 * 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000 + 5_000);
  });

  it("keeps the link when the new password is refused, then works once and closes every session", async () => {
    const open = await login(t.app, DEMO.horizonAdmin);
    await request(DEMO.horizonAdmin);
    await settled();
    const token = mailbox.lastResetToken(DEMO.horizonAdmin)!;
    const weak = await confirm(token, "azertyuiop123");
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("PASSWORD_TOO_WEAK");
    const ok = await confirm(token, STRONG);
    expect(ok.statusCode).toBe(204);
    expect((await me(open)).statusCode).toBe(401);
    const again = await confirm(token, "Un autre mot de passe 77");
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("RESET_LINK_INVALID");
    expect((await login(t.app, DEMO.horizonAdmin, STRONG)).userId).toBe(open.userId);
    const actions = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "outcome"])
      .where("resource_id", "=", open.userId)
      .where("action", "like", "password_reset%")
      .orderBy("id")
      .execute();
    expect(actions.map((a) => `${a.action}:${a.outcome}`)).toEqual(["password_reset_requested:success", "password_reset:success"]);
    // A spent link no longer names its account: the refusal is audited without one.
    const refused = await t.database.db
      .selectFrom("audit_log")
      .select(["resource_id", "outcome"])
      .where("action", "=", "password_reset_failed")
      .execute();
    expect(refused).toEqual([{ resource_id: null, outcome: "denied" }]);
  });

  it("refuses an expired link and a made-up one", async () => {
    await request(DEMO.viewer);
    await settled();
    const token = mailbox.lastResetToken(DEMO.viewer)!;
    await t.database.db
      .updateTable("password_reset_tokens")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("token_hash", "=", hashToken(token))
      .execute();
    expect((await confirm(token, STRONG)).json().error.code).toBe("RESET_LINK_INVALID");
    expect((await confirm("x".repeat(43), STRONG)).json().error.code).toBe("RESET_LINK_INVALID");
  });

  it("sends at most 3 links an hour to one account, answering the same", async () => {
    const before = mailbox.to(DEMO.coordinator).length;
    for (let i = 0; i < 4; i++) expect((await request(DEMO.coordinator, `192.0.2.${20 + i}`)).statusCode).toBe(202);
    await settled();
    expect(mailbox.to(DEMO.coordinator).length - before).toBe(3);
  });

  it("sends nothing for an unknown e-mail or a disabled account", async () => {
    const count = mailbox.messages().length;
    await t.database.db.updateTable("users").set({ disabled_at: new Date().toISOString() }).where("email", "=", DEMO.agent).execute();
    await request("personne@nulle-part.example", "192.0.2.40");
    await request(DEMO.agent, "192.0.2.41");
    await settled();
    expect(mailbox.messages().length).toBe(count);
  });
});

describe("reset requests per address", () => {
  it("answers 429 with Retry-After beyond PASSWORD_RESET_RATE_LIMIT_MAX requests from one address", async () => {
    const mail = fileMailbox({ PASSWORD_RESET_RATE_LIMIT_MAX: "3" });
    const t = await createTestApp({ account: mail.account });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await t.app.inject({
          method: "POST",
          url: "/api/auth/password-reset/request",
          payload: { email: `inconnu${i}@nulle-part.example` },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.json().error.code).toBe("RATE_LIMITED");
          expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
        }
      }
      expect(codes).toEqual([202, 202, 202, 429]);
    } finally {
      await t.close();
      mail.mailbox.remove();
    }
  });
});
