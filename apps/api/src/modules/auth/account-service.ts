import type { Principal } from "../../authz/principal.ts";
import { AppError } from "../../errors/app-error.ts";
import type { AuditService } from "../audit/service.ts";
import { RESET_LINK_TTL_MINUTES, type AccountConfig } from "./account-config.ts";
import type { AccountRepository } from "./account-repository.ts";
import type { LoginThrottle } from "./login-throttle.ts";
import { passwordResetMessage } from "./mail/messages.ts";
import type { MailTransport } from "./mail/transport.ts";
import { hashNewPassword, verifyPassword } from "./passwords.ts";
import type { AuthRepository } from "./repository.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface SessionListItem {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** The session this request came with. */
  current: boolean;
}

interface Deps {
  repo: AccountRepository;
  authRepo: AuthRepository;
  audit: AuditService;
  mail: MailTransport;
  throttle: LoginThrottle;
  config: Pick<AccountConfig, "resetLinksPerHour" | "mail">;
}

/** The path of the web app's reset page; the token travels in the fragment, never sent to a server. */
export const RESET_PAGE_PATH = "/mot-de-passe/nouveau";

/** Password change and reset by a one-time link, and a person's own sessions (issue 11, attack 10). */
export function accountService({ repo, authRepo, audit, mail, throttle, config }: Deps) {
  const event = (
    actor: Principal | null,
    action: string,
    resourceType: "user" | "session",
    userId: string | null,
    outcome: "success" | "denied" | "failure",
  ) =>
    audit.record({
      actor,
      action,
      resourceType,
      resourceId: userId,
      organisationId: null,
      purpose: "authentification",
      outcome,
    });

  /** Reset requests run after the answer is sent (no timing difference): tests wait for them here. */
  const pending = new Set<Promise<void>>();
  const perAccount = new Map<string, Promise<void>>();

  async function sendResetLink(email: string): Promise<void> {
    const user = await authRepoUser(email);
    if (!user || user.disabled_at !== null) {
      await event(null, "password_reset_requested", "user", user?.id ?? null, "denied");
      return;
    }
    const now = Date.now();
    const sent = await repo.resetTokensSince(user.id, new Date(now - 3600_000).toISOString());
    if (sent >= config.resetLinksPerHour) {
      await event(null, "password_reset_request_limited", "user", user.id, "denied");
      return;
    }
    const token = newToken();
    await repo.insertResetToken({
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + RESET_LINK_TTL_MINUTES * 60_000).toISOString(),
    });
    const link = `${config.mail.publicUrl}${RESET_PAGE_PATH}#jeton=${token}`;
    await mail.send(passwordResetMessage(user.email, link, RESET_LINK_TTL_MINUTES));
    await event(null, "password_reset_requested", "user", user.id, "success");
  }

  function authRepoUser(email: string) {
    return authRepo.findUserByEmail(email.trim().toLowerCase());
  }

  return {
    /**
     * Starts sending a reset link and returns at once, whatever the e-mail: the answer is the same
     * for an account, an unknown e-mail, a disabled account or one over its hourly limit.
     */
    requestReset(email: string): Promise<void> {
      // One account's requests run one after the other, so the hourly count is read after the
      // previous link is stored: otherwise two requests racing both see room for one more.
      const key = email.trim().toLowerCase();
      const previous = perAccount.get(key) ?? Promise.resolve();
      const work: Promise<void> = previous
        .catch(() => undefined)
        .then(() => sendResetLink(email))
        .finally(() => {
          pending.delete(work);
          if (perAccount.get(key) === work) perAccount.delete(key);
        });
      perAccount.set(key, work);
      pending.add(work);
      return work;
    },

    /** Resolves when every reset request started so far is done (tests). */
    async settled(): Promise<void> {
      await Promise.allSettled([...pending]);
    },

    /**
     * A new password from a reset link: the link works once, within 30 minutes; the password
     * passes the rules (the link stays usable when it does not); every session is closed.
     */
    async confirmReset(token: string, password: string): Promise<void> {
      const tokenHash = hashToken(token);
      const live = await repo.findLiveResetToken(tokenHash, new Date().toISOString());
      const user = live ? await repo.findUserById(live.user_id) : undefined;
      if (!live || !user || user.disabled_at !== null) {
        await event(null, "password_reset_failed", "user", user?.id ?? null, "denied");
        throw new AppError("RESET_LINK_INVALID");
      }
      const passwordHash = await hashNewPassword(password, { email: user.email, displayName: user.display_name });
      const now = new Date().toISOString();
      const done = await repo.resetPassword({ tokenHash, userId: user.id, passwordHash, now });
      if (!done) {
        await event(null, "password_reset_failed", "user", user.id, "denied");
        throw new AppError("RESET_LINK_INVALID");
      }
      throttle.clearAccount(user.email);
      await event(null, "password_reset", "user", user.id, "success");
    },

    /**
     * The connected person changes their password: the current one is required (wrong ones count
     * as failed logins of the account), every other session is closed, reset links still out die.
     */
    async changePassword(
      principal: Principal,
      body: { currentPassword: string; newPassword: string },
      address: string,
    ): Promise<{ revokedSessions: number }> {
      const user = await repo.findUserById(principal.userId);
      if (!user) throw new AppError("UNAUTHENTICATED");
      const account = user.email.toLowerCase();
      throttle.assertAllowed(account, address);
      if (!(await verifyPassword(user.password_hash, body.currentPassword))) {
        throttle.recordFailure(account, address);
        await event(principal, "password_change_failed", "user", user.id, "denied");
        throw new AppError("CURRENT_PASSWORD_INCORRECT");
      }
      if (body.newPassword === body.currentPassword) throw new AppError("PASSWORD_UNCHANGED");
      const context = { email: user.email, displayName: user.display_name };
      const passwordHash = await hashNewPassword(body.newPassword, context, "newPassword");
      await repo.updatePasswordHash(user.id, passwordHash);
      const revokedSessions = await repo.deleteSessionsOf(user.id, principal.sessionTokenHash);
      await repo.spendResetTokensOf(user.id, new Date().toISOString());
      throttle.clearAccount(account);
      await event(principal, "password_changed", "user", user.id, "success");
      return { revokedSessions };
    },

    /** The person's own open sessions; never a token or its hash. */
    async listSessions(principal: Principal): Promise<SessionListItem[]> {
      const rows = await repo.sessionsOf(principal.userId, new Date().toISOString());
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
        current: r.token_hash === principal.sessionTokenHash,
      }));
    },

    /** Closes one of the person's sessions (another person's id is NOT_FOUND); whether it was this one. */
    async revokeSession(principal: Principal, sessionId: string): Promise<{ current: boolean }> {
      const deleted = await repo.deleteSessionById(principal.userId, sessionId);
      if (!deleted) throw new AppError("NOT_FOUND");
      await event(principal, "session_revoked", "session", principal.userId, "success");
      return { current: deleted.tokenHash === principal.sessionTokenHash };
    },

    /** Closes every session of the person but this one. */
    async revokeOtherSessions(principal: Principal): Promise<{ revoked: number }> {
      const revoked = await repo.deleteSessionsOf(principal.userId, principal.sessionTokenHash);
      await event(principal, "sessions_revoked_others", "session", principal.userId, "success");
      return { revoked };
    },
  };
}

export type AccountService = ReturnType<typeof accountService>;
