import type { Kysely } from "kysely";
import { uuidv7 } from "../../ids.ts";

// Account security (issue 11): a public id for each session (the token hash never leaves
// the server; the session list shows and revokes by this id), and one-time password reset
// tokens, stored hashed.
export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite cannot add a NOT NULL or UNIQUE column to a table with rows: the column is added,
  // filled for the sessions already open, then made unique by an index.
  await db.schema.alterTable("sessions").addColumn("id", "text").execute();
  const typed = db as unknown as Kysely<{ sessions: { token_hash: string; id: string | null } }>;
  const open = await typed.selectFrom("sessions").select("token_hash").execute();
  for (const row of open) {
    await typed.updateTable("sessions").set({ id: uuidv7() }).where("token_hash", "=", row.token_hash).execute();
  }
  await db.schema.createIndex("sessions_id_idx").on("sessions").column("id").unique().execute();
  await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();

  await db.schema
    .createTable("password_reset_tokens")
    // SHA-256 of the token sent by mail: the database alone does not yield a usable link.
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("password_reset_tokens_user_idx").on("password_reset_tokens").column("user_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("password_reset_tokens").execute();
  await db.schema.dropIndex("sessions_expires_idx").execute();
  await db.schema.dropIndex("sessions_id_idx").execute();
  await db.schema.alterTable("sessions").dropColumn("id").execute();
}
