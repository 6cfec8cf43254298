import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchTotpStep, otpauthUri, totp, totpStep } from "../src/modules/auth/totp/rfc6238.ts";
import { openSecret, sealSecret, totpKey } from "../src/modules/auth/totp/secret-box.ts";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

const OPERATOR = "115@siao13.example";
const MARAUDE = "maraude@phare-marseille.example";

describe("TOTP generator (RFC 4226, RFC 6238, RFC 4648)", () => {
  it("gives the HOTP values of RFC 4226 appendix D", () => {
    const secret = Buffer.from("12345678901234567890");
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, counter) => hotp(secret, counter))).toEqual(expected);
  });

  it("gives the TOTP values of RFC 6238 appendix B (8 digits, SHA-1, SHA-256, SHA-512)", () => {
    const seeds = {
      sha1: Buffer.from("12345678901234567890"),
      sha256: Buffer.from("12345678901234567890123456789012"),
      sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
    };
    const vectors: [number, string, string, string][] = [
      [59, "94287082", "46119246", "90693936"],
      [1111111109, "07081804", "68084774", "25091201"],
      [1111111111, "14050471", "67062674", "99943326"],
      [1234567890, "89005924", "91819424", "93441116"],
      [2000000000, "69279037", "90698825", "38618901"],
      [20000000000, "65353130", "77737706", "47863826"],
    ];
    for (const [seconds, sha1, sha256, sha512] of vectors) {
      expect(totp(seeds.sha1, seconds * 1000, 8, "sha1")).toBe(sha1);
      expect(totp(seeds.sha256, seconds * 1000, 8, "sha256")).toBe(sha256);
      expect(totp(seeds.sha512, seconds * 1000, 8, "sha512")).toBe(sha512);
    }
    // The 6-digit codes that applications show are the last six digits.
    expect(totp(seeds.sha1, 59_000)).toBe("287082");
  });

  it("accepts the previous and next step, not two steps away", () => {
    const secret = Buffer.from("12345678901234567890");
    const now = 1111111111_000;
    const step = totpStep(now);
    expect(matchTotpStep(secret, totp(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, totp(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totp(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totp(secret, now + 60_000), now)).toBeNull();
    expect(matchTotpStep(secret, "12a456", now)).toBeNull();
  });

  it("encodes base32 as RFC 4648 and builds the otpauth URI", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Encode(Buffer.from("f"))).toBe("MY");
    expect(base32Decode("mzxw 6ytb oi======")?.toString()).toBe("foobar");
    expect(base32Decode("MZ1")).toBeNull();
    expect(otpauthUri("Zéro", "a@b.example", "MZXW6YTBOI")).toBe(
      "otpauth://totp/Z%C3%A9ro:a%40b.example?secret=MZXW6YTBOI&issuer=Z%C3%A9ro&algorithm=SHA1&digits=6&period=30",
    );
  });

  it("seals the secret so that only the same key and user open it", () => {
    const key = totpKey(undefined, "session-secret-session-secret-0123");
    const box = sealSecret(key, "user-1", Buffer.from("secret"));
    expect(box).not.toContain(Buffer.from("secret").toString("base64url"));
    expect(openSecret(key, "user-1", box)?.toString()).toBe("secret");
    expect(openSecret(key, "user-2", box)).toBeNull();
    expect(openSecret(totpKey("another-key-another-key-another-key", ""), "user-1", box)).toBeNull();
  });
});

/** A code of `secret` that is valid for none of the steps around now. */
function wrongCode(secret: Buffer): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => totp(secret, Date.now() + d)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

async function enrol(t: TestApp, s: Session): Promise<Buffer> {
  const headers = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
  const start = await t.app.inject({ method: "POST", url: "/api/auth/totp/enrolment", headers, payload: {} });
  expect(start.statusCode).toBe(200);
  const secret = base32Decode(start.json().secret as string)!;
  const confirm = await t.app.inject({
    method: "POST",
    url: "/api/auth/totp/enrolment/confirm",
    headers,
    payload: { code: totp(secret, Date.now()) },
  });
  expect(confirm.statusCode).toBe(204);
  return secret;
}

async function passwordStep(t: TestApp, email: string) {
  return t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password: "demo-zero-2026" } });
}

describe("TOTP second factor (API)", () => {
  let t: TestApp;
  let secret: Buffer;
  let loginCode: string;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("enrols: a secret and an otpauth URI, a wrong first code refused, the right one turns it on", async () => {
    const s = await login(t.app, OPERATOR);
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    const start = await t.app.inject({ method: "POST", url: "/api/auth/totp/enrolment", headers, payload: {} });
    expect(start.statusCode).toBe(200);
    expect(start.headers["cache-control"]).toBe("no-store");
    const { secret: base32, otpauthUri: uri } = start.json() as { secret: string; otpauthUri: string };
    expect(base32).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toBe(`otpauth://totp/Z%C3%A9ro:115%40siao13.example?secret=${base32}&issuer=Z%C3%A9ro&algorithm=SHA1&digits=6&period=30`);
    secret = base32Decode(base32)!;

    // Stored sealed: neither the base32 nor the raw bytes are in the row; never in the logs.
    const row = await t.database.db.selectFrom("user_totp").selectAll().where("user_id", "=", s.userId).executeTakeFirst();
    expect(row?.confirmed_at).toBeNull();
    expect(row?.secret_box).not.toContain(base32);
    expect(row?.secret_box).not.toContain(secret.toString("base64url"));
    expect(t.logs.join("\n")).not.toContain(base32);

    const bad = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/enrolment/confirm",
      headers,
      payload: { code: wrongCode(secret) },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe("TOTP_INVALID");

    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/enrolment/confirm",
      headers,
      payload: { code: totp(secret, Date.now()) },
    });
    expect(ok.statusCode).toBe(204);
    const status = await t.app.inject({ method: "GET", url: "/api/auth/totp", headers: { cookie: s.cookie } });
    expect(status.json()).toEqual({ enrolled: true, pending: false, required: false });

    const again = await t.app.inject({ method: "POST", url: "/api/auth/totp/enrolment", headers, payload: {} });
    expect(again.json().error.code).toBe("TOTP_ALREADY_ENROLLED");

    const actions = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "outcome"])
      .where("resource_type", "=", "totp")
      .where("resource_id", "=", s.userId)
      .orderBy("id")
      .execute();
    expect(actions).toEqual([
      { action: "totp_enrolment_started", outcome: "success" },
      { action: "totp_enrolment_failed", outcome: "denied" },
      { action: "totp_enrolled", outcome: "success" },
    ]);
  });

  it("makes the login two-step: the password gives a challenge and no session", async () => {
    const res = await passwordStep(t, OPERATOR);
    expect(res.statusCode).toBe(401);
    const body = res.json() as { error: { code: string; details: { challenge: string; expiresAt: string } } };
    expect(body.error.code).toBe("TOTP_REQUIRED");
    expect(body.error.details.challenge).toMatch(/^[\w-]{40,}$/);
    expect(Date.parse(body.error.details.expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(res.cookies.find((c) => c.name === "zero_session")).toBeUndefined();
  });

  it("refuses a wrong code, then the right code opens a session that /api/me accepts", async () => {
    const challenge = (await passwordStep(t, OPERATOR)).json().error.details.challenge as string;
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/verify",
      payload: { challenge, code: wrongCode(secret) },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("TOTP_INVALID");

    // The enrolment spent the current step: the next step's code (within the ±1 window) is fresh.
    loginCode = totp(secret, Date.now() + 30_000);
    const ok = await t.app.inject({ method: "POST", url: "/api/auth/totp/verify", payload: { challenge, code: loginCode } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.email).toBe(OPERATOR);
    const cookie = ok.cookies.find((c) => c.name === "zero_session");
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: `zero_session=${cookie!.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().memberships[0].role).toBe("operator_115");

    // The challenge served once.
    const replay = await t.app.inject({ method: "POST", url: "/api/auth/totp/verify", payload: { challenge, code: loginCode } });
    expect(replay.json().error.code).toBe("TOTP_CHALLENGE_INVALID");
  });

  it("refuses a code already used, even with a new challenge", async () => {
    const challenge = (await passwordStep(t, OPERATOR)).json().error.details.challenge as string;
    const reused = await t.app.inject({ method: "POST", url: "/api/auth/totp/verify", payload: { challenge, code: loginCode } });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe("TOTP_INVALID");
    const failures = await t.database.db.selectFrom("audit_log").select("outcome").where("action", "=", "login_totp_failed").execute();
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures.every((f) => f.outcome === "denied")).toBe(true);
  });

  it("closes a challenge after five wrong codes", async () => {
    const challenge = (await passwordStep(t, OPERATOR)).json().error.details.challenge as string;
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/auth/totp/verify",
        payload: { challenge, code: wrongCode(secret) },
      });
      expect(res.json().error.code).toBe("TOTP_INVALID");
    }
    const late = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/verify",
      payload: { challenge, code: totp(secret, Date.now() - 30_000) },
    });
    expect(late.json().error.code).toBe("TOTP_CHALLENGE_INVALID");
  });

  it("leaves accounts without TOTP logging in with their password alone (policy off)", async () => {
    const s = await login(t.app, MARAUDE);
    expect(s.userId).toBeTruthy();
  });

  it("rejects malformed codes and unknown challenges with catalogue errors", async () => {
    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/verify",
      payload: { challenge: "x".repeat(43), code: "12345" },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe("VALIDATION_FAILED");
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/verify",
      payload: { challenge: "x".repeat(43), code: "123456" },
    });
    expect(unknown.json().error.code).toBe("TOTP_CHALLENGE_INVALID");
  });
});

describe("TOTP required for Urgence roles (REQUIRE_TOTP_FOR_URGENCE=true)", () => {
  let t: TestApp;
  beforeAll(async () => {
    const base = await createTestApp();
    const totpConfig = { ...base.config.totp, requireForUrgence: true };
    await base.close();
    t = await createTestApp({ totp: totpConfig });
  });
  afterAll(() => t.close());

  it("lets a role without named people in with the password alone", async () => {
    expect((await login(t.app, DEMO.agent)).userId).toBeTruthy();
  });

  it("sends an Urgence account to enrolment, which then opens the session", async () => {
    const res = await passwordStep(t, MARAUDE);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("TOTP_ENROLMENT_REQUIRED");
    const challenge = res.json().error.details.challenge as string;

    // A login challenge is not an enrolment challenge, and the reverse.
    const asLogin = await t.app.inject({ method: "POST", url: "/api/auth/totp/verify", payload: { challenge, code: "123456" } });
    expect(asLogin.json().error.code).toBe("TOTP_CHALLENGE_INVALID");

    const start = await t.app.inject({ method: "POST", url: "/api/auth/totp/enrolment", payload: { challenge } });
    expect(start.statusCode).toBe(200);
    const secret = base32Decode(start.json().secret as string)!;
    const confirm = await t.app.inject({
      method: "POST",
      url: "/api/auth/totp/enrolment/confirm",
      payload: { challenge, code: totp(secret, Date.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().user.email).toBe(MARAUDE);
    const cookie = confirm.cookies.find((c) => c.name === "zero_session")!;
    const headers = { cookie: `zero_session=${cookie.value}`, "x-csrf-token": confirm.json().csrfToken as string };
    const status = await t.app.inject({ method: "GET", url: "/api/auth/totp", headers });
    expect(status.json()).toEqual({ enrolled: true, pending: false, required: true });

    // Required: it cannot be turned off.
    const off = await t.app.inject({
      method: "DELETE",
      url: "/api/auth/totp",
      headers,
      payload: { code: totp(secret, Date.now() + 30_000) },
    });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe("TOTP_REQUIRED_BY_POLICY");
  });

  it("gives no enrolment without a session or a challenge", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/totp/enrolment", payload: {} });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHENTICATED");
  });
});

describe("TOTP removal (policy off)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("needs a current code, then the password alone logs in again", async () => {
    const s = await login(t.app, MARAUDE);
    const secret = await enrol(t, s);
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    const wrong = await t.app.inject({ method: "DELETE", url: "/api/auth/totp", headers, payload: { code: wrongCode(secret) } });
    expect(wrong.json().error.code).toBe("TOTP_INVALID");
    const ok = await t.app.inject({
      method: "DELETE",
      url: "/api/auth/totp",
      headers,
      payload: { code: totp(secret, Date.now() + 30_000) },
    });
    expect(ok.statusCode).toBe(204);
    expect((await login(t.app, MARAUDE)).userId).toBe(s.userId);
  });
});
