import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/test-app.ts";

// What the login page reads before it shows itself: the ways to sign in, and the words of an
// error code that ProConnect's callback sent it back with (/connexion?erreur=…).

describe("sign-in methods and the catalogue's words", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("offers the password alone when ProConnect is not configured", async () => {
    t = await createTestApp();
    const res = await t.app.inject({ url: "/api/auth/methods" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ password: true, proconnect: false });
  });

  it("offers ProConnect when it is configured (no call to the provider is needed to say so)", async () => {
    t = await createTestApp({
      proconnect: {
        issuer: new URL("http://127.0.0.1:9/"),
        clientId: "zero-test",
        clientSecret: "un-secret-de-test-assez-long",
        redirectUri: "http://127.0.0.1:3000/api/auth/proconnect/callback",
        postLogoutRedirectUri: null,
        urgenceAcr: ["eidas2"],
        signingAlg: "RS256",
        allowHttp: true,
      },
    });
    expect((await t.app.inject({ url: "/api/auth/methods" })).json()).toEqual({ password: true, proconnect: true });
  });

  it("gives a code's French message, and refuses unknown or malformed codes", async () => {
    t = await createTestApp();
    const known = await t.app.inject({ url: "/api/errors/PROCONNECT_UNKNOWN_ORGANISATION" });
    expect(known.statusCode).toBe(200);
    expect(known.json()).toMatchObject({ code: "PROCONNECT_UNKNOWN_ORGANISATION", status: 403, message: expect.stringContaining("SIRET") });
    expect((await t.app.inject({ url: "/api/errors/NO_SUCH_CODE" })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/api/errors/toString" })).statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/errors/CONSTRUCTOR" })).statusCode).toBe(404);
  });
});
