import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../apps/api/src/config.ts";
import { DEMO_SIRETS } from "../../apps/api/src/seed/demo-sirets.ts";
import { createTestApp, DEMO, type TestApp } from "../../apps/api/test/helpers/test-app.ts";
import { Browser } from "./support/browser.ts";
import { startLocalProConnect, type LocalProConnect, type ProConnectAgent } from "./support/local-proconnect.ts";
import { freePort } from "./support/free-port.ts";

// Sign-in with ProConnect, end to end over real HTTP: Zéro's API on a real port, a local OpenID
// provider shaped like ProConnect (npm oidc-provider) on another, a browser that follows every
// redirect. Issue 11: "the OIDC login works against the local provider", and refuses what it must.

const SIAO13 = DEMO_SIRETS["SIAO 13 (démo)"]!;
const LAB = DEMO_SIRETS["Lab Zéro — Préfecture de région (démo)"]!;
const CAF = DEMO_SIRETS["CAF des Bouches-du-Rhône (démo)"]!;

const agent = (uid: string, email: string, siret: string): ProConnectAgent => ({
  sub: `pc-${uid}`,
  email,
  given_name: "Camille",
  usual_name: "Essai",
  siret,
  uid,
});
const AGENTS = {
  /** coordinator of SIAO 13: an Urgence role, calls for a two-factor acr. */
  coordinator: agent("coordinator", DEMO.coordinator, SIAO13),
  /** admin of the Lab: no Urgence role. */
  admin: agent("admin", DEMO.admin, LAB),
  /** A member of the CAF, disabled by the test. */
  viewer: agent("viewer", DEMO.viewer, CAF),
  /** The coordinator's address, but a SIRET that no organisation of Zéro has. */
  unknownSiret: agent("unknown-siret", DEMO.coordinator, "99999099900011"),
  /** A known SIRET, an address that has no account. */
  unknownEmail: agent("unknown-email", "inconnu@siao13.example", SIAO13),
  /** An account of Zéro, but a member of another organisation (CCAS) than the SIRET's (SIAO 13). */
  otherOrganisation: agent("other-organisation", DEMO.agent, SIAO13),
};

const json = () => new Browser("application/json");

describe("sign-in with ProConnect against a local OpenID provider", () => {
  let t: TestApp;
  let pc: LocalProConnect;
  let zero: string;
  let organisationId: (siret: string) => Promise<string>;
  let userId: (email: string) => Promise<string>;

  beforeAll(async () => {
    const port = await freePort();
    zero = `http://127.0.0.1:${port}`;
    pc = await startLocalProConnect({
      redirectUri: `${zero}/api/auth/proconnect/callback`,
      postLogoutRedirectUri: `${zero}/connexion`,
      agents: Object.values(AGENTS),
    });
    // The configuration of docs/configuration.md, from the same environment variables as production.
    const { proconnect } = loadConfig({
      SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
      PROCONNECT_ISSUER: `${pc.issuer}/.well-known/openid-configuration`,
      PROCONNECT_CLIENT_ID: pc.clientId,
      PROCONNECT_CLIENT_SECRET: pc.clientSecret,
      PROCONNECT_REDIRECT_URI: `${zero}/api/auth/proconnect/callback`,
      PROCONNECT_POST_LOGOUT_REDIRECT_URI: `${zero}/connexion`,
    });
    t = await createTestApp({ proconnect });
    await t.app.listen({ port, host: "127.0.0.1" });
    const db = t.database.db;
    organisationId = async (siret) =>
      (await db.selectFrom("organisations").select("id").where("siret", "=", siret).executeTakeFirstOrThrow()).id;
    userId = async (email) => (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
  });

  afterAll(async () => {
    await t?.close();
    await pc?.close();
  });

  const auditOf = (action: string) =>
    t.database.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

  /**
   * From Zéro's login route to the provider's login page, signs in there as `who` at level
   * `acr`, and returns the URL the provider sends the browser back to (Zéro's callback), not
   * yet opened.
   */
  async function atProvider(browser: Browser, who: ProConnectAgent, acr: string, query = "") {
    const start = await browser.request(`${zero}/api/auth/proconnect/login${query}`);
    expect(start.response.status).toBe(302);
    expect(start.location!.origin).toBe(pc.issuer);
    let page = await browser.follow(start.location!, () => false);
    for (let i = 0; i < 3; i++) {
      expect(page.response.status).toBe(200);
      const action = /action="([^"]+\/login)"/.exec(page.text)?.[1];
      expect(action, page.text).toBeDefined();
      const posted = await browser.request(new URL(action!, pc.issuer), {
        method: "POST",
        form: { login: who.sub, acr },
      });
      expect(posted.response.status).toBe(303);
      page = await browser.follow(posted.location!, (next) => next.origin === zero);
      if (page.location) return { callback: page.location, authorization: start.location!, logins: i + 1 };
      acr = "eidas2"; // the provider asked again (an essential acr was not reached): a second factor
    }
    throw new Error("the provider never sent the browser back to Zéro");
  }

  async function me(browser: Browser) {
    const answer = await browser.request(`${zero}/api/me`, { headers: { accept: "application/json" } });
    return { status: answer.response.status, body: JSON.parse(answer.text) as Record<string, unknown> };
  }

  it("signs a coordinator in (PKCE, state, nonce): a session cookie /api/me takes, organisation and role", async () => {
    const browser = new Browser();
    const { callback, authorization } = await atProvider(browser, AGENTS.coordinator, "eidas2", "?retour=/urgence");

    // What Zéro asked the provider for.
    const asked = authorization.searchParams;
    expect(asked.get("client_id")).toBe(pc.clientId);
    expect(asked.get("redirect_uri")).toBe(`${zero}/api/auth/proconnect/callback`);
    expect(asked.get("response_type")).toBe("code");
    expect(asked.get("code_challenge_method")).toBe("S256");
    expect(asked.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(asked.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(asked.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(asked.get("scope")!.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "siret", "given_name", "usual_name"]));
    // The state lives in a signed, httpOnly cookie of the browser, not only in the URL.
    expect(browser.cookie(zero, "zero_proconnect")).toBeDefined();
    expect(callback.pathname).toBe("/api/auth/proconnect/callback");
    expect(callback.searchParams.get("state")).toBe(asked.get("state"));
    expect(callback.searchParams.get("iss")).toBe(pc.issuer);

    const landed = await browser.request(callback);
    expect(landed.response.status).toBe(302);
    expect(landed.location!.href).toBe(`${zero}/urgence`);
    expect(landed.response.headers.get("cache-control")).toBe("no-store");
    expect(browser.cookie(zero, "zero_session")).toBeDefined();
    expect(browser.cookie(zero, "zero_proconnect")).toBeUndefined();

    const session = await me(browser);
    expect(session.status).toBe(200);
    const siao = await organisationId(SIAO13);
    expect(session.body.user).toMatchObject({ id: await userId(DEMO.coordinator), email: DEMO.coordinator });
    expect(session.body.memberships).toEqual([expect.objectContaining({ organisationId: siao, role: "coordinator" })]);

    // The Urgence by-name list answers this session (the reason the acr level is asked for).
    const people = await browser.request(`${zero}/api/urgence/people`, { headers: { accept: "application/json" } });
    expect(people.response.status).toBe(200);

    // The login is in the audit log, with the person who signed in, and no name or address in the logs.
    const logins = await auditOf("login_proconnect");
    expect(logins).toEqual([
      expect.objectContaining({
        actor_user_id: await userId(DEMO.coordinator),
        actor_organisation_id: siao,
        outcome: "success",
        resource_type: "session",
      }),
    ]);
    const logs = t.logs.join("\n");
    expect(logs).not.toContain(DEMO.coordinator);
    expect(logs).not.toContain(callback.searchParams.get("code"));
    expect(logs).not.toContain(SIAO13);
    expect(logs).not.toContain(AGENTS.coordinator.usual_name);
  });

  it("lets a member without an Urgence role in at one factor (eidas1), with their organisation and role", async () => {
    const browser = new Browser();
    // A `retour` that leaves the site is dropped (no open redirect): the browser lands on /.
    const { callback } = await atProvider(browser, AGENTS.admin, "eidas1", "?retour=//evil.example/x");
    const landed = await browser.request(callback);
    expect(landed.response.status).toBe(302);
    expect(landed.location!.href).toBe(`${zero}/`);
    const session = await me(browser);
    expect(session.status).toBe(200);
    expect(session.body.memberships).toEqual([expect.objectContaining({ organisationId: await organisationId(LAB), role: "admin" })]);
  });

  it("refuses an Urgence role at one factor (eidas1): a clear error, no session, audited", async () => {
    const before = (await auditOf("login_proconnect")).length;
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.coordinator, "eidas1");
    const refused = await browser.request(callback);
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_ACR_INSUFFICIENT" } });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
    expect(await auditOf("proconnect_login_acr_insufficient")).toEqual([
      expect.objectContaining({
        resource_id: await userId(DEMO.coordinator),
        organisation_id: await organisationId(SIAO13),
        outcome: "denied",
      }),
    ]);
    expect((await auditOf("login_proconnect")).length).toBe(before);
  });

  it("with ?mfa=1 asks the provider for a two-factor acr as essential: one factor does not come back", async () => {
    const browser = new Browser();
    const { callback, authorization, logins } = await atProvider(browser, AGENTS.coordinator, "eidas1", "?mfa=1");
    const claims = JSON.parse(authorization.searchParams.get("claims")!) as { id_token: { acr: unknown } };
    expect(claims.id_token.acr).toMatchObject({
      essential: true,
      values: expect.arrayContaining(["eidas2", "eidas3"]),
    });
    // The provider refused to end the login at eidas1 and asked again; the agent then used a second factor.
    expect(logins).toBe(2);
    expect((await browser.request(callback)).response.status).toBe(302);
    expect((await me(browser)).body.memberships).toEqual([expect.objectContaining({ role: "coordinator" })]);
  });

  it("refuses a SIRET that no organisation has: a clear error, no session, audited", async () => {
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.unknownSiret, "eidas2");
    const refused = await browser.request(callback);
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({
      error: { code: "PROCONNECT_UNKNOWN_ORGANISATION", message: expect.stringContaining("SIRET") },
    });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
    expect(await auditOf("proconnect_login_unknown_organisation")).toEqual([
      expect.objectContaining({ outcome: "denied", actor_user_id: null, organisation_id: null }),
    ]);
  });

  it("sends a browser to the login page with the error's code", async () => {
    const browser = new Browser();
    const { callback } = await atProvider(browser, AGENTS.unknownSiret, "eidas2");
    const refused = await browser.request(callback);
    expect(refused.response.status).toBe(302);
    expect(refused.location!.href).toBe(`${zero}/connexion?erreur=PROCONNECT_UNKNOWN_ORGANISATION`);
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
  });

  it("refuses an address without an account in the SIRET's organisation, and a member of another one", async () => {
    for (const who of [AGENTS.unknownEmail, AGENTS.otherOrganisation]) {
      const browser = json();
      const { callback } = await atProvider(browser, who, "eidas2");
      const refused = await browser.request(callback);
      expect(refused.response.status, who.uid).toBe(403);
      expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_UNKNOWN_USER" } });
      expect(browser.cookie(zero, "zero_session")).toBeUndefined();
    }
    const siao = await organisationId(SIAO13);
    expect(await auditOf("proconnect_login_unknown_user")).toEqual([
      expect.objectContaining({ outcome: "denied", organisation_id: siao }),
      expect.objectContaining({ outcome: "denied", organisation_id: siao }),
    ]);
  });

  it("refuses a disabled account", async () => {
    await t.database.db.updateTable("users").set({ disabled_at: new Date().toISOString() }).where("email", "=", DEMO.viewer).execute();
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.viewer, "eidas1");
    const refused = await browser.request(callback);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_UNKNOWN_USER" } });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
  });

  it("refuses a tampered state, and a callback opened in another browser (login CSRF)", async () => {
    const before = (await auditOf("proconnect_login_state_invalid")).length;
    // A state changed in the URL.
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.admin, "eidas1");
    const tampered = new URL(callback);
    tampered.searchParams.set("state", "A".repeat(43));
    const refused = await browser.request(tampered);
    expect(refused.response.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_STATE_INVALID" } });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();

    // An attacker's own callback URL (valid code and state) pushed to a victim's browser, which
    // has a login of its own under way or none at all.
    const attacker = json();
    const stolen = (await atProvider(attacker, AGENTS.admin, "eidas1")).callback;
    const victim = json();
    await victim.request(`${zero}/api/auth/proconnect/login`);
    for (const target of [victim, json()]) {
      const answer = await target.request(stolen);
      expect(answer.response.status).toBe(400);
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "PROCONNECT_STATE_INVALID" } });
      expect(target.cookie(zero, "zero_session")).toBeUndefined();
    }
    expect((await auditOf("proconnect_login_state_invalid")).length).toBe(before + 3);
  });

  it("refuses a replayed callback, even with the state cookie kept", async () => {
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.admin, "eidas1");
    const stateCookie = browser.cookie(zero, "zero_proconnect")!;
    expect((await browser.request(callback)).response.status).toBe(302);
    expect(browser.cookie(zero, "zero_session")).toBeDefined();

    // The same browser again (its state cookie was cleared), then a copy with the cookie put back.
    const again = await browser.request(callback);
    expect(again.response.status).toBe(400);
    expect(JSON.parse(again.text)).toMatchObject({ error: { code: "PROCONNECT_STATE_INVALID" } });
    const replay = json();
    replay.setCookie(zero, "zero_proconnect", stateCookie);
    const replayed = await replay.request(callback);
    expect(replayed.response.status).toBe(400);
    expect(JSON.parse(replayed.text)).toMatchObject({ error: { code: "PROCONNECT_STATE_INVALID" } });
    expect(replay.cookie(zero, "zero_session")).toBeUndefined();
  });

  it("refuses a code injected into another browser's login (PKCE, nonce), and a foreign issuer (iss)", async () => {
    const before = (await auditOf("proconnect_login_failed")).length;
    // The attacker's code, for their own login, put in the callback of a login the victim started:
    // the state matches the victim's cookie, but the code was issued for another PKCE challenge.
    const attacker = json();
    const injected = new URL((await atProvider(attacker, AGENTS.admin, "eidas1")).callback);
    const victim = json();
    const started = await victim.request(`${zero}/api/auth/proconnect/login`);
    injected.searchParams.set("state", started.location!.searchParams.get("state")!);
    const refused = await victim.request(injected);
    expect(refused.response.status).toBe(401);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_FAILED" } });
    expect(victim.cookie(zero, "zero_session")).toBeUndefined();

    // A genuine answer, relabelled as coming from another issuer (RFC 9207 mix-up).
    const browser = json();
    const relabelled = new URL((await atProvider(browser, AGENTS.admin, "eidas1")).callback);
    relabelled.searchParams.set("iss", "https://attacker.example");
    const mixedUp = await browser.request(relabelled);
    expect(JSON.parse(mixedUp.text)).toMatchObject({ error: { code: "PROCONNECT_FAILED" } });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
    expect((await auditOf("proconnect_login_failed")).length).toBe(before + 2);
  });

  it("refuses a login that took longer than its ten minutes", async () => {
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.admin, "eidas1");
    await t.database.db.updateTable("auth_oidc_attempts").set({ expires_at: "2000-01-01T00:00:00.000Z" }).execute();
    const refused = await browser.request(callback);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_STATE_INVALID" } });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
  });

  it("refuses a login the agent cancelled at the provider", async () => {
    const before = (await auditOf("proconnect_login_failed")).length;
    const browser = json();
    const start = await browser.request(`${zero}/api/auth/proconnect/login`);
    const page = await browser.follow(start.location!, () => false);
    const abort = /action="([^"]+\/abort)"/.exec(page.text)![1]!;
    const posted = await browser.request(new URL(abort, pc.issuer), { method: "POST", form: {} });
    const back = await browser.follow(posted.location!, (next) => next.origin === zero);
    expect(back.location!.searchParams.get("error")).toBe("access_denied");
    const refused = await browser.request(back.location!);
    expect(refused.response.status).toBe(401);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "PROCONNECT_FAILED" } });
    expect(browser.cookie(zero, "zero_session")).toBeUndefined();
    expect((await auditOf("proconnect_login_failed")).length).toBe(before + 1);
  });

  it("logs out of Zéro and hands the browser ProConnect's logout URL", async () => {
    const browser = json();
    const { callback } = await atProvider(browser, AGENTS.admin, "eidas1");
    await browser.request(callback);
    const { body } = await me(browser);
    const out = await browser.request(`${zero}/api/auth/proconnect/logout`, {
      method: "POST",
      headers: { "x-csrf-token": body.csrfToken as string },
    });
    expect(out.response.status).toBe(200);
    const redirectTo = new URL((JSON.parse(out.text) as { redirectTo: string }).redirectTo);
    expect(redirectTo.origin).toBe(pc.issuer);
    expect(redirectTo.searchParams.get("post_logout_redirect_uri")).toBe(`${zero}/connexion`);
    expect(redirectTo.searchParams.get("id_token_hint")).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // The provider accepts that logout request (its confirmation page).
    expect((await browser.request(redirectTo)).response.status).toBe(200);
    expect((await me(browser)).status).toBe(401);
  });
});

describe("ProConnect unreachable", () => {
  it("answers 503 PROCONNECT_UNAVAILABLE, the password login still open", async () => {
    const port = await freePort(); // nothing listens there
    const { proconnect } = loadConfig({
      SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
      PROCONNECT_ISSUER: `http://127.0.0.1:${port}`,
      PROCONNECT_CLIENT_ID: "zero",
      PROCONNECT_CLIENT_SECRET: "secret",
      PROCONNECT_REDIRECT_URI: "http://127.0.0.1:3000/api/auth/proconnect/callback",
    });
    const t = await createTestApp({ proconnect });
    try {
      const answer = await t.app.inject({ method: "GET", url: "/api/auth/proconnect/login" });
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toMatchObject({ error: { code: "PROCONNECT_UNAVAILABLE" } });
      const password = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: DEMO.admin, password: "demo-zero-2026" },
      });
      expect(password.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
