import { AppError } from "../../errors/app-error.ts";

// Failed logins counted per account and per address (issue 11, attack 3): a successful login
// counts for nothing, so a counter workstation where ten agents sign in in a row is never
// locked out; five wrong passwords on one account lock that account (not the others) for a
// while; many failures from one address (trying many accounts) block that address.
//
// In memory, for one process: a restart forgets the counters, and several API processes would
// each count on their own (docs/security.md says so). Keyed by the e-mail as typed (lowercased),
// so that an unknown e-mail locks exactly like a known one: the lock tells nothing of accounts.

export interface LoginThrottleLimits {
  /** Failures on one account, within the window, that lock it. */
  failuresPerAccount: number;
  /** Failures from one address, within the window, that block it. */
  failuresPerAddress: number;
  windowMinutes: number;
  lockoutMinutes: number;
}

interface Counter {
  failures: number;
  windowStart: number;
  lockedUntil: number;
}

/** Beyond this many keys, entries whose window and lock are over are swept, then the oldest dropped. */
const MAX_KEYS = 50_000;

export type LoginThrottle = ReturnType<typeof loginThrottle>;

export function loginThrottle(limits: LoginThrottleLimits, clock: () => number = Date.now) {
  const windowMs = limits.windowMinutes * 60_000;
  const lockoutMs = limits.lockoutMinutes * 60_000;
  const accounts = new Map<string, Counter>();
  const addresses = new Map<string, Counter>();

  function sweep(map: Map<string, Counter>, now: number): void {
    if (map.size < MAX_KEYS) return;
    for (const [key, c] of map) if (c.lockedUntil <= now && now - c.windowStart > windowMs) map.delete(key);
    for (const key of map.keys()) {
      if (map.size < MAX_KEYS) break;
      map.delete(key);
    }
  }

  /** Counts one failure; true when it is the one that locks. */
  function count(map: Map<string, Counter>, key: string, max: number, now: number): boolean {
    let c = map.get(key);
    if (!c || now - c.windowStart > windowMs) {
      sweep(map, now);
      c = { failures: 0, windowStart: now, lockedUntil: 0 };
      map.set(key, c);
    }
    c.failures++;
    if (c.failures < max) return false;
    c.lockedUntil = now + lockoutMs;
    c.failures = 0;
    c.windowStart = now;
    return true;
  }

  const secondsLeft = (c: Counter | undefined, now: number) => (c && c.lockedUntil > now ? Math.ceil((c.lockedUntil - now) / 1000) : 0);

  return {
    limits,

    /**
     * Before any password is checked: LOGIN_LOCKED (the account) or RATE_LIMITED (the address),
     * 429 with `details.retryAfterSeconds` for the Retry-After header.
     */
    assertAllowed(account: string, address: string): void {
      const now = clock();
      const accountWait = secondsLeft(accounts.get(account), now);
      if (accountWait > 0) throw new AppError("LOGIN_LOCKED", { details: { retryAfterSeconds: accountWait } });
      const addressWait = secondsLeft(addresses.get(address), now);
      if (addressWait > 0) throw new AppError("RATE_LIMITED", { details: { retryAfterSeconds: addressWait } });
    },

    /** A wrong password (or unknown e-mail): returns which counters it just locked. */
    recordFailure(account: string, address: string): { accountLocked: boolean; addressLocked: boolean } {
      const now = clock();
      return {
        accountLocked: count(accounts, account, limits.failuresPerAccount, now),
        addressLocked: count(addresses, address, limits.failuresPerAddress, now),
      };
    },

    /** The right password: the account's count starts again (the address's does not). */
    recordSuccess(account: string): void {
      const c = accounts.get(account);
      if (c && c.lockedUntil <= clock()) accounts.delete(account);
    },

    /** A password reset or change by the owner lifts the account's lock. */
    clearAccount(account: string): void {
      accounts.delete(account);
    },
  };
}

/** Copies `details.retryAfterSeconds` of a 429 into the Retry-After header (seconds). */
export function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof AppError) || error.statusCode !== 429) return null;
  const details = error.details as { retryAfterSeconds?: unknown } | undefined;
  return typeof details?.retryAfterSeconds === "number" ? details.retryAfterSeconds : null;
}
