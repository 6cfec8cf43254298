import { uuidv7, type Database, type Role } from "@zero/db";
import type { Kysely } from "kysely";
import type { PrincipalMembership } from "../../authz/principal.ts";

export interface SessionRow {
  token_hash: string;
  /** The public id (session list); created_at bounds the session's whole life (SESSION_TTL_HOURS). */
  id: string;
  created_at: string;
  last_seen_at: string;
  csrf_token: string;
  expires_at: string;
  user_id: string;
  email: string;
  display_name: string;
  disabled_at: string | null;
}

export function authRepository(db: Kysely<Database>) {
  return {
    findUserByEmail(email: string) {
      return db
        .selectFrom("users")
        .select(["id", "email", "display_name", "password_hash", "disabled_at"])
        .where("email", "=", email)
        .executeTakeFirst();
    },

    async membershipsOf(userId: string): Promise<PrincipalMembership[]> {
      const rows = await db
        .selectFrom("memberships")
        .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
        .select(["memberships.organisation_id", "memberships.role", "organisations.name", "organisations.kind"])
        .where("memberships.user_id", "=", userId)
        // A disabled member keeps the row (history, audit) but not the role.
        .where("memberships.disabled_at", "is", null)
        .orderBy("organisations.name")
        .execute();
      return rows.map((r) => ({
        organisationId: r.organisation_id,
        organisationName: r.name,
        organisationKind: r.kind,
        role: r.role as Role,
      }));
    },

    async insertSession(row: {
      token_hash: string;
      user_id: string;
      csrf_token: string;
      created_at: string;
      expires_at: string;
    }): Promise<void> {
      await db
        .insertInto("sessions")
        .values({ ...row, id: uuidv7(), last_seen_at: row.created_at })
        .execute();
    },

    findSession(tokenHash: string): Promise<SessionRow | undefined> {
      return db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .select([
          "sessions.token_hash",
          "sessions.id",
          "sessions.created_at",
          "sessions.last_seen_at",
          "sessions.csrf_token",
          "sessions.expires_at",
          "users.id as user_id",
          "users.email",
          "users.display_name",
          "users.disabled_at",
        ])
        .where("sessions.token_hash", "=", tokenHash)
        .executeTakeFirst();
    },

    async touchSession(tokenHash: string, now: string, expiresAt: string): Promise<void> {
      await db.updateTable("sessions").set({ last_seen_at: now, expires_at: expiresAt }).where("token_hash", "=", tokenHash).execute();
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    },

    async deleteExpiredSessions(now: string): Promise<void> {
      await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
    },
  };
}

export type AuthRepository = ReturnType<typeof authRepository>;
