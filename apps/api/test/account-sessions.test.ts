import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountSecurity } from "../src/modules/auth/account-wiring.ts";
import { authRepository } from "../src/modules/auth/repository.ts";
import { fileMailbox, type Mailbox } from "./helpers/mailbox.ts";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

describe("sessions: list, revoke, cap, expiry", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ account: { ...fileMailbox().account, maxSessionsPerUser: 4 } });
  });
  afterAll(() => t.close());

  const me = (s: Session) => t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: s.cookie } });
  const list = async (s: Session) => {
    const res = await t.app.inject({ method: "GET", url: "/api/auth/sessions", headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    return res;
  };
  const revoke = (s: Session, id: string) =>
    t.app.inject({
      method: "DELETE",
      url: `/api/auth/sessions/${id}`,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken },
    });

  it("lists the person's own sessions, marks the current one, never shows a token", async () => {
    const a = await login(t.app, DEMO.viewer);
    const b = await login(t.app, DEMO.viewer);
    await login(t.app, DEMO.agent);
    const res = await list(b);
    const sessions = res.json().sessions as { id: string; current: boolean; createdAt: string }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((x) => x.current)).toHaveLength(1);
    expect(Object.keys(sessions[0]!).sort()).toEqual(["createdAt", "current", "expiresAt", "id", "lastSeenAt"]);
    const rows = await t.database.db.selectFrom("sessions").select(["token_hash", "csrf_token"]).execute();
    for (const row of rows) {
      expect(res.body).not.toContain(row.token_hash);
      expect(res.body).not.toContain(row.csrf_token);
    }
    const token = decodeURIComponent(a.cookie.split("=")[1]!).split(".")[0]!;
    expect(res.body).not.toContain(token);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/sessions" })).statusCode).toBe(401);
  });

  it("revokes one session by its id; another person's id is 404", async () => {
    const a = await login(t.app, DEMO.ambassador);
    const b = await login(t.app, DEMO.ambassador);
    const stranger = await login(t.app, DEMO.horizonAdmin);
    const idOfA = (await list(a)).json().sessions.find((x: { current: boolean }) => x.current).id as string;
    expect((await revoke(stranger, idOfA)).statusCode).toBe(404);
    expect((await me(a)).statusCode).toBe(200);
    expect((await revoke(b, idOfA)).statusCode).toBe(204);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    expect((await revoke(b, "0190f3c4-0000-7000-8000-000000000000")).statusCode).toBe(404);
  });

  it("revoking the current session logs out and clears the cookie", async () => {
    const s = await login(t.app, DEMO.admin);
    const id = (await list(s)).json().sessions.find((x: { current: boolean }) => x.current).id as string;
    const res = await revoke(s, id);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === "zero_session")?.value).toBe("");
    expect((await me(s)).statusCode).toBe(401);
  });

  it("revokes every other session at once", async () => {
    const others = [await login(t.app, DEMO.coordinator), await login(t.app, DEMO.coordinator)];
    const s = await login(t.app, DEMO.coordinator);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sessions/revoke-others",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken },
    });
    expect(res.json()).toEqual({ revoked: 2 });
    for (const o of others) expect((await me(o)).statusCode).toBe(401);
    expect((await me(s)).statusCode).toBe(200);
    expect((await list(s)).json().sessions).toHaveLength(1);
  });

  it("keeps at most SESSION_MAX_PER_USER sessions: a new one closes the oldest", async () => {
    const sessions: Session[] = [];
    for (let i = 0; i < 6; i++) sessions.push(await login(t.app, DEMO.horizonAdmin));
    const open = await t.database.db.selectFrom("sessions").select("id").where("user_id", "=", sessions[0]!.userId).execute();
    expect(open).toHaveLength(4);
    const alive = await Promise.all(sessions.map(async (s) => (await me(s)).statusCode));
    // Seven in all with the one of the test above: the four newest stay.
    expect(alive).toEqual([401, 401, 200, 200, 200, 200]);
  });

  it("ends a session at its absolute lifetime even when in use, and after the idle time", async () => {
    const busy = await login(t.app, DEMO.viewer);
    const idle = await login(t.app, DEMO.viewer);
    const idOf = async (s: Session) => (await list(s)).json().sessions.find((x: { current: boolean }) => x.current).id as string;
    const busyId = await idOf(busy);
    const idleId = await idOf(idle);
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3600_000).toISOString();
    await t.database.db
      .updateTable("sessions")
      .set({ created_at: thirteenHoursAgo, last_seen_at: new Date().toISOString() })
      .where("id", "=", busyId)
      .execute();
    await t.database.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", idleId)
      .execute();
    expect((await me(busy)).statusCode).toBe(401);
    expect((await me(idle)).statusCode).toBe(401);
    const left = await t.database.db.selectFrom("sessions").select("id").where("id", "in", [busyId, idleId]).execute();
    expect(left).toEqual([]);
  });

  it("sets the idle expiry, never beyond the absolute one, and purges expired sessions at login", async () => {
    const s = await login(t.app, DEMO.agent);
    const row = await t.database.db
      .selectFrom("sessions")
      .select(["created_at", "expires_at"])
      .where("user_id", "=", s.userId)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    const idle = Date.parse(row.expires_at) - Date.parse(row.created_at);
    expect(idle).toBe(t.config.account.sessionIdleMinutes * 60_000);
    await t.database.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("user_id", "=", s.userId)
      .execute();
    await login(t.app, DEMO.viewer);
    const stale = await t.database.db.selectFrom("sessions").select("id").where("user_id", "=", s.userId).execute();
    expect(stale).toEqual([]);
  });
});

describe("the account behind « Ajouter un membre » (member-accounts.ts)", () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let horizon: { id: string; name: string };
  beforeAll(async () => {
    const mail = fileMailbox();
    mailbox = mail.mailbox;
    t = await createTestApp({ account: mail.account });
    horizon = await t.database.db
      .selectFrom("organisations")
      .select(["id", "name"])
      .where("name", "like", "Association Horizon%")
      .executeTakeFirstOrThrow();
  });
  afterAll(async () => {
    await t.close();
    mailbox.remove();
  });

  const members = () => {
    const db = t.database.db;
    return accountSecurity(db, t.config, t.app.services.audit, authRepository(db)).memberAccounts;
  };
  const input = (email: string, password = "un-mot-de-passe-provisoire") => ({
    organisationId: horizon.id,
    organisationName: horizon.name,
    email,
    displayName: "Compte fictif",
    role: "agent" as const,
    password,
  });

  it("creates a new account with the password chosen, after the rules", async () => {
    const email = "nouvelle@horizon-asso.example";
    const weak = members().addMemberAccount(input(email, "motdepasse2024!"));
    await expect(weak).rejects.toMatchObject({ code: "PASSWORD_TOO_WEAK" });
    const result = await members().addMemberAccount(input(email));
    expect(result.created).toBe(true);
    expect((await login(t.app, email, "un-mot-de-passe-provisoire")).userId).toBe(result.userId);
  });

  it("adds an account of another organisation without touching its password, and tells its owner", async () => {
    await expect(members().addMemberAccount(input(DEMO.viewer, "soleil123456"))).rejects.toMatchObject({
      code: "PASSWORD_TOO_WEAK",
    });
    const result = await members().addMemberAccount(input(DEMO.viewer));
    expect(result.created).toBe(false);
    const viewer = await login(t.app, DEMO.viewer);
    expect(viewer.userId).toBe(result.userId);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: viewer.cookie } });
    expect(me.json().memberships.map((m: { organisationId: string }) => m.organisationId)).toContain(horizon.id);
    const typed = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: DEMO.viewer, password: "un-mot-de-passe-provisoire" },
    });
    expect(typed.statusCode).toBe(401);
    const [notice] = mailbox.to(DEMO.viewer);
    expect(notice).toContain(`« ${horizon.name} »`);
    expect(notice).toContain("Vous gardez votre compte et votre mot de passe actuels");
  });

  it("answers EMAIL_TAKEN only for a member of this very organisation", async () => {
    await expect(members().addMemberAccount(input(DEMO.ambassador))).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
    await expect(members().addMemberAccount(input(DEMO.viewer))).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
  });

  it("refuses a weak password when an admin creates a member through the API", async () => {
    const admin = await login(t.app, DEMO.horizonAdmin);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/organisations/${horizon.id}/members`,
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      payload: {
        email: "jean.dupont@horizon-asso.example",
        displayName: "Jean Dupont",
        role: "agent",
        password: "jean.dupont-2026",
        purpose: "arrivée d'un salarié",
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("PASSWORD_TOO_WEAK");
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: "/password", rule: "personal" })]);
  });
});
