import { sql, type Kysely } from "kysely";
import type { DialectName } from "../../dialect.ts";

// The audit log is append-only: the application never updates or deletes it, and the
// database refuses it too, so that a bug or a hand-written query cannot rewrite history.
export function auditLogMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("audit_log")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_user_id", "text")
        .addColumn("actor_organisation_id", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("resource_type", "text", (c) => c.notNull())
        .addColumn("resource_id", "text")
        .addColumn("organisation_id", "text")
        .addColumn("purpose", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
      await db.schema.createIndex("audit_log_resource_idx").on("audit_log").columns(["resource_type", "resource_id"]).execute();

      if (dialect === "sqlite") {
        for (const op of ["UPDATE", "DELETE"]) {
          await sql
            .raw(
              `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log ` +
                `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
            )
            .execute(db);
        }
      } else {
        await sql
          .raw(
            `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
              `BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
          )
          .execute(db);
        await sql
          .raw(
            `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log ` +
              `FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
          )
          .execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable("audit_log").execute();
      if (dialect === "postgres") await sql.raw("DROP FUNCTION audit_log_append_only()").execute(db);
    },
  };
}
