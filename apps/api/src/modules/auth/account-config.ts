import type { LoginThrottleLimits } from "./login-throttle.ts";
import { mailConfigFrom, type MailConfig } from "./mail/config.ts";

// Account security settings (issue 11, attack 10), read from the environment by config.ts;
// docs/configuration.md lists every variable.

export interface AccountConfig {
  /** SESSION_IDLE_MINUTES: a session ends after this long without a request (SESSION_TTL_HOURS ends it anyway). */
  sessionIdleMinutes: number;
  /** SESSION_MAX_PER_USER: open sessions per person; a new one beyond closes the oldest. */
  maxSessionsPerUser: number;
  /** Failed logins per account and per address (LOGIN_FAILURES_*, LOGIN_LOCKOUT_MINUTES). */
  login: LoginThrottleLimits;
  /** PASSWORD_RESET_MAX_PER_HOUR: reset links sent to one account in an hour; more are silently not sent. */
  resetLinksPerHour: number;
  /** PASSWORD_RESET_RATE_LIMIT_MAX: reset requests per address in 15 minutes; then 429. */
  resetRequestsPerAddress: number;
  mail: MailConfig;
}

/** A one-time reset link is valid this long. */
export const RESET_LINK_TTL_MINUTES = 30;

export function accountConfigFrom(
  env: NodeJS.ProcessEnv,
  options: { production: boolean; port: number },
  fail: (message: string) => Error,
): AccountConfig {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw fail(`${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  return {
    sessionIdleMinutes: int("SESSION_IDLE_MINUTES", 120),
    maxSessionsPerUser: int("SESSION_MAX_PER_USER", 10),
    login: {
      failuresPerAccount: int("LOGIN_FAILURES_PER_ACCOUNT", 5),
      failuresPerAddress: int("LOGIN_FAILURES_PER_ADDRESS", 30),
      windowMinutes: int("LOGIN_RATE_LIMIT_WINDOW_MINUTES", 15),
      lockoutMinutes: int("LOGIN_LOCKOUT_MINUTES", 15),
    },
    resetLinksPerHour: int("PASSWORD_RESET_MAX_PER_HOUR", 3),
    resetRequestsPerAddress: int("PASSWORD_RESET_RATE_LIMIT_MAX", 10),
    mail: mailConfigFrom(env, options, fail),
  };
}
