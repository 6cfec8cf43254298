import type { Kysely } from "kysely";

// Sign-in with ProConnect and a TOTP second factor (issue 11):
// - organisations.siret: ProConnect's `siret` claim names the organisation of the agent;
// - auth_oidc_attempts: one pending ProConnect login (state, nonce, PKCE verifier), used once;
// - auth_oidc_sessions: the id_token of a ProConnect session, for the ProConnect logout;
// - user_totp: a user's TOTP secret (encrypted by the application) and the last step used;
// - auth_challenges: the short-lived step between a correct password and the TOTP code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisations").addColumn("siret", "text").execute();
  // Several organisations may have no SIRET (NULLs are distinct on both engines); a SIRET names one.
  await db.schema.createIndex("organisations_siret_idx").on("organisations").column("siret").unique().execute();

  await db.schema
    .createTable("auth_oidc_attempts")
    .addColumn("state_hash", "text", (c) => c.primaryKey())
    .addColumn("nonce", "text", (c) => c.notNull())
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("return_to", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auth_oidc_attempts_expires_idx").on("auth_oidc_attempts").column("expires_at").execute();

  await db.schema
    .createTable("auth_oidc_sessions")
    .addColumn("session_token_hash", "text", (c) => c.primaryKey().references("sessions.token_hash").onDelete("cascade"))
    .addColumn("id_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("user_totp")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("secret_box", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("last_used_step", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("auth_challenges")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auth_challenges_user_idx").on("auth_challenges").column("user_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["auth_challenges", "user_totp", "auth_oidc_sessions", "auth_oidc_attempts"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex("organisations_siret_idx").execute();
  await db.schema.alterTable("organisations").dropColumn("siret").execute();
}
