import { describe, expect, it } from "vitest";
import { accountConfigFrom } from "../src/modules/auth/account-config.ts";
import { loginThrottle } from "../src/modules/auth/login-throttle.ts";
import { passwordProblems } from "../src/modules/auth/password-rules.ts";

const STRONG = "Cheval lampe orage 93";

describe("password rules", () => {
  it("refuses short, common, repeated, sequential, digit-only and personal passwords", () => {
    const cases: [string, string][] = [
      ["court-123", "too_short"],
      ["Motdepasse2024!", "common"],
      ["P@ssw0rd123456", "common"],
      ["soleil123456", "common"],
      ["jetaimemonamour", "common"],
      ["Bonjour!Bonjour!", "common"],
      ["aaaaaaaaaaaa", "repetitive"],
      ["abcabcabcabc", "repetitive"],
      ["azertyuiop123", "sequence"],
      ["qwerty123456789", "sequence"],
      ["197501011234", "only_digits"],
    ];
    for (const [password, rule] of cases) expect(passwordProblems(password), password).toContain(rule);
    const context = { email: "jean.dupont@ccas.example", displayName: "Jean Dupont" };
    expect(passwordProblems("Jean.Dupont-2024!", context)).toContain("personal");
    expect(passwordProblems("monsieurdupont#8", context)).toContain("personal");
  });

  it("accepts long passwords and passphrases that are none of those", () => {
    for (const password of [STRONG, "Tr0mbone sous la pluie", "k7#Vq!p2Lm9@xZ", "le-chat-de-maraude-dort"]) {
      expect(passwordProblems(password, { email: "jean.dupont@ccas.example" }), password).toEqual([]);
    }
  });
});

describe("failed-login counter (in memory)", () => {
  const limits = { failuresPerAccount: 3, failuresPerAddress: 5, windowMinutes: 15, lockoutMinutes: 10 };

  it("locks an account after N failures, for the lockout, then lets it try again", () => {
    let now = 0;
    const t = loginThrottle(limits, () => now);
    for (let i = 0; i < 3; i++) t.recordFailure("a@x.fr", `10.0.0.${i}`);
    expect(() => t.assertAllowed("a@x.fr", "10.0.0.9")).toThrow(expect.objectContaining({ code: "LOGIN_LOCKED" }));
    expect(() => t.assertAllowed("b@x.fr", "10.0.0.9")).not.toThrow();
    now += 10 * 60_000 + 1;
    expect(() => t.assertAllowed("a@x.fr", "10.0.0.9")).not.toThrow();
  });

  it("forgets failures older than the window, and a success starts the account's count again", () => {
    let now = 0;
    const t = loginThrottle(limits, () => now);
    t.recordFailure("a@x.fr", "10.0.0.1");
    t.recordFailure("a@x.fr", "10.0.0.1");
    now += 16 * 60_000;
    t.recordFailure("a@x.fr", "10.0.0.1");
    expect(() => t.assertAllowed("a@x.fr", "10.0.0.2")).not.toThrow();
    t.recordFailure("a@x.fr", "10.0.0.1");
    t.recordSuccess("a@x.fr");
    t.recordFailure("a@x.fr", "10.0.0.1");
    expect(() => t.assertAllowed("a@x.fr", "10.0.0.2")).not.toThrow();
  });

  it("blocks an address after failures on many accounts", () => {
    const t = loginThrottle(limits, () => 0);
    for (let i = 0; i < 5; i++) t.recordFailure(`user${i}@x.fr`, "198.51.100.1");
    const blocked = expect.objectContaining({ code: "RATE_LIMITED" });
    expect(() => t.assertAllowed("new@x.fr", "198.51.100.1")).toThrow(blocked);
    expect(() => t.assertAllowed("new@x.fr", "198.51.100.2")).not.toThrow();
  });
});

describe("mail and account configuration", () => {
  const read = (env: NodeJS.ProcessEnv, production = false) => accountConfigFrom(env, { production, port: 3000 }, (m) => new Error(m));

  it("prints to the console in development, sends nothing by default in production", () => {
    expect(read({}).mail.transport).toBe("console");
    expect(read({}, true).mail.transport).toBe("none");
    expect(read({}).mail.publicUrl).toBe("http://localhost:3000");
  });

  it("refuses the console driver in production, a file driver without MAIL_DIR, links without PUBLIC_URL", () => {
    expect(() => read({ MAIL_TRANSPORT: "console" }, true)).toThrow(/refused when NODE_ENV=production/);
    expect(() => read({ MAIL_TRANSPORT: "file" })).toThrow(/MAIL_DIR/);
    expect(() => read({ MAIL_TRANSPORT: "file", MAIL_DIR: "/tmp/x" }, true)).toThrow(/PUBLIC_URL/);
    expect(() => read({ MAIL_TRANSPORT: "smtp" })).toThrow(/console, file or none/);
    expect(() => read({ PUBLIC_URL: "javascript:alert(1)" })).toThrow(/PUBLIC_URL/);
    expect(() => read({ SESSION_MAX_PER_USER: "0" })).toThrow(/positive integer/);
  });
});
