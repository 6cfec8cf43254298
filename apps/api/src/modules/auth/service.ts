import { nowIso } from "@zero/db";
import type { Principal } from "../../authz/principal.ts";
import { AppError } from "../../errors/app-error.ts";
import type { AuditService } from "../audit/service.ts";
import { decoyPasswordHash, verifyPassword } from "./passwords.ts";
import type { AuthRepository } from "./repository.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface LoginResult {
  token: string;
  principal: Principal;
}

export function authService(repo: AuthRepository, audit: AuditService, ttlHours: number) {
  const expiry = (from: number) => new Date(from + ttlHours * 3600_000).toISOString();

  return {
    async login(email: string, password: string): Promise<LoginResult> {
      const user = await repo.findUserByEmail(email.trim().toLowerCase());
      const ok = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
      if (!user || !ok || user.disabled_at !== null) {
        await audit.record({
          actor: null,
          action: "login_failed",
          resourceType: "session",
          resourceId: user?.id ?? null,
          organisationId: null,
          purpose: "authentification",
          outcome: "denied",
        });
        throw new AppError("INVALID_CREDENTIALS");
      }
      const token = newToken();
      const tokenHash = hashToken(token);
      const csrfToken = newToken();
      const now = Date.now();
      await repo.insertSession({
        token_hash: tokenHash,
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: new Date(now).toISOString(),
        expires_at: expiry(now),
      });
      const memberships = await repo.membershipsOf(user.id);
      const principal: Principal = {
        userId: user.id,
        email: user.email,
        displayName: user.display_name,
        memberships,
        csrfToken,
        sessionTokenHash: tokenHash,
      };
      await audit.record({
        actor: principal,
        action: "login",
        resourceType: "session",
        resourceId: user.id,
        organisationId: null,
        purpose: "authentification",
        outcome: "success",
      });
      return { token, principal };
    },

    /** The principal behind a session cookie, or null when the session is unknown or over. */
    async resolve(token: string): Promise<Principal | null> {
      const tokenHash = hashToken(token);
      const row = await repo.findSession(tokenHash);
      if (!row) return null;
      const now = Date.now();
      if (row.expires_at < new Date(now).toISOString() || row.disabled_at !== null) {
        await repo.deleteSession(tokenHash);
        return null;
      }
      // Sliding expiry, written at most once a minute to spare the database.
      if (Date.parse(row.expires_at) - now < ttlHours * 3600_000 - 60_000) {
        await repo.touchSession(tokenHash, nowIso(), expiry(now));
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
      await audit.record({
        actor: principal,
        action: "logout",
        resourceType: "session",
        resourceId: principal.userId,
        organisationId: null,
        purpose: "authentification",
        outcome: "success",
      });
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
