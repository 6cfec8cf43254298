import { nowIso } from "@zero/db";
import type { Principal } from "../../authz/principal.ts";
import { AppError } from "../../errors/app-error.ts";
import type { AuditService } from "../audit/service.ts";
import type { AccountRepository } from "./account-repository.ts";
import { loginThrottle, type LoginThrottle } from "./login-throttle.ts";
import { decoyPasswordHash, verifyPassword } from "./passwords.ts";
import type { AuthRepository } from "./repository.ts";
import { hashToken, newToken } from "./tokens.ts";

/** An id no account has: the membership lookup of a failed login with an unknown e-mail. */
const NO_USER = "00000000-0000-0000-0000-000000000000";

export interface LoginResult {
  token: string;
  principal: Principal;
}

/** Steps that other sign-in modules add to the password login (the TOTP second factor). */
export interface AuthHooks {
  /** Runs once the password is right, before any session: throws to ask for more (TOTP_REQUIRED). */
  beforeSession?(user: { id: string }): Promise<void>;
}

/** How long sessions live and how many a person keeps, and the failed-login counter. */
export interface SessionPolicy {
  /** A session ends after this long without a request. */
  idleMinutes: number;
  /** Open sessions per person; a new one beyond closes the oldest. */
  maxSessionsPerUser: number;
  throttle: LoginThrottle;
  accountRepo: AccountRepository | null;
}

const DEFAULT_POLICY = (ttlHours: number): SessionPolicy => ({
  idleMinutes: ttlHours * 60,
  maxSessionsPerUser: 10,
  throttle: loginThrottle({ failuresPerAccount: 5, failuresPerAddress: 30, windowMinutes: 15, lockoutMinutes: 15 }),
  accountRepo: null,
});

/**
 * Sessions end `idleMinutes` after the last request and, whatever the activity, `ttlHours`
 * after the login (the cookie's own lifetime): expires_at always holds the nearer of the two.
 */
export function authService(
  repo: AuthRepository,
  audit: AuditService,
  ttlHours: number,
  hooks: AuthHooks = {},
  policy: SessionPolicy = DEFAULT_POLICY(ttlHours),
) {
  const idleMs = policy.idleMinutes * 60_000;
  const lifeMs = ttlHours * 3600_000;
  const expiry = (createdAt: number, now: number) => new Date(Math.min(now + idleMs, createdAt + lifeMs)).toISOString();

  async function newSession(user: { id: string; email: string; display_name: string }): Promise<LoginResult> {
    const token = newToken();
    const tokenHash = hashToken(token);
    const csrfToken = newToken();
    const now = Date.now();
    await repo.insertSession({
      token_hash: tokenHash,
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: new Date(now).toISOString(),
      expires_at: expiry(now, now),
    });
    // Sessions past their expiry go (the daily retention purge also does); beyond the cap, the oldest.
    await repo.deleteExpiredSessions(new Date(now).toISOString());
    const closed = (await policy.accountRepo?.capSessions(user.id, policy.maxSessionsPerUser)) ?? 0;
    const principal: Principal = {
      userId: user.id,
      email: user.email,
      displayName: user.display_name,
      memberships: await repo.membershipsOf(user.id),
      csrfToken,
      sessionTokenHash: tokenHash,
    };
    if (closed > 0) {
      await audit.record({
        actor: principal,
        action: "session_revoked_over_limit",
        resourceType: "session",
        resourceId: user.id,
        organisationId: null,
        purpose: "authentification",
        outcome: "success",
      });
    }
    return { token, principal };
  }

  type Outcome = "success" | "denied";
  const sessionEvent = (actor: Principal | null, action: string, userId: string | null, outcome: Outcome) =>
    audit.record({
      actor,
      action,
      resourceType: "session",
      resourceId: userId,
      organisationId: null,
      purpose: "authentification",
      outcome,
    });

  const failureEvent = (action: string, userId: string | null, organisations: string[]) =>
    audit.recordMany(
      (organisations.length > 0 ? organisations : [null]).map((organisationId) => ({
        actor: null,
        action,
        resourceType: "session",
        resourceId: userId,
        organisationId,
        purpose: "authentification",
        outcome: "denied" as const,
      })),
    );

  return {
    /**
     * A session for a user whom another sign-in established (ProConnect, password + TOTP code):
     * the same cookie token, CSRF token and expiry as the password login, audited as `action`.
     */
    async openSession(user: { id: string; email: string; display_name: string }, action: string): Promise<LoginResult> {
      const result = await newSession(user);
      await sessionEvent(result.principal, action, user.id, "success");
      return result;
    },

    /**
     * The password login. Failures only are counted, per account and per address (login-throttle.ts):
     * a locked account or address gets 429 before any password is checked.
     */
    async login(email: string, password: string, address = "unknown"): Promise<LoginResult> {
      const account = email.trim().toLowerCase();
      policy.throttle.assertAllowed(account, address);
      const user = await repo.findUserByEmail(account);
      const ok = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
      if (!user || !ok || user.disabled_at !== null) {
        const locked = policy.throttle.recordFailure(account, address);
        // In the audit log of each organisation the account belongs to, so its admins see it.
        // The same query for an unknown e-mail, so that the answer's duration tells nothing.
        const memberships = await repo.membershipsOf(user?.id ?? NO_USER);
        const organisations = [...new Set(memberships.map((m) => m.organisationId))];
        await failureEvent("login_failed", user?.id ?? null, organisations);
        if (locked.accountLocked) await failureEvent("login_locked", user?.id ?? null, organisations);
        throw new AppError("INVALID_CREDENTIALS");
      }
      policy.throttle.recordSuccess(account);
      await hooks.beforeSession?.({ id: user.id });
      const result = await newSession(user);
      await sessionEvent(result.principal, "login", user.id, "success");
      return result;
    },

    /** The principal behind a session cookie, or null when the session is unknown or over. */
    async resolve(token: string): Promise<Principal | null> {
      const tokenHash = hashToken(token);
      const row = await repo.findSession(tokenHash);
      if (!row) return null;
      const now = Date.now();
      const createdAt = Date.parse(row.created_at);
      if (Date.parse(row.expires_at) < now || createdAt + lifeMs < now || row.disabled_at !== null) {
        await repo.deleteSession(tokenHash);
        return null;
      }
      // Sliding idle expiry and last use, written at most once a minute to spare the database.
      if (now - Date.parse(row.last_seen_at) >= 60_000) {
        await repo.touchSession(tokenHash, nowIso(), expiry(createdAt, now));
      }
      return {
        userId: row.user_id,
        email: row.email,
        displayName: row.display_name,
        memberships: await repo.membershipsOf(row.user_id),
        csrfToken: row.csrf_token,
        sessionTokenHash: tokenHash,
      };
    },

    async logout(principal: Principal): Promise<void> {
      await repo.deleteSession(principal.sessionTokenHash);
      await sessionEvent(principal, "logout", principal.userId, "success");
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
