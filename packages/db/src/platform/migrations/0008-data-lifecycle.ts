import { sql, type Kysely } from "kysely";
import type { DialectName } from "../../dialect.ts";

// Retention (ADR 0006, consequences): the audit log stays append-only, except that entries
// older than a cutoff may be deleted while a row of `audit_log_purge_window` names that
// cutoff. The row exists only inside the purge's transaction (lifecycle.ts,
// purgeAuditLogBefore); any other UPDATE or DELETE is refused as before.
const REFUSE = "SELECT RAISE(ABORT, 'audit_log is append-only')";

export function dataLifecycleMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("audit_log_purge_window")
        .addColumn("cutoff", "text", (c) => c.notNull())
        .execute();
      if (dialect === "sqlite") {
        await sql.raw("DROP TRIGGER audit_log_no_delete").execute(db);
        await sql
          .raw(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN NOT EXISTS " +
              `(SELECT 1 FROM audit_log_purge_window w WHERE OLD.at < w.cutoff) BEGIN ${REFUSE}; END`,
          )
          .execute(db);
      } else {
        await sql
          .raw(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
              "IF TG_OP = 'DELETE' AND EXISTS " +
              "(SELECT 1 FROM audit_log_purge_window w WHERE OLD.at < w.cutoff) THEN RETURN OLD; END IF; " +
              "RAISE EXCEPTION 'audit_log is append-only'; END $$",
          )
          .execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect === "sqlite") {
        await sql.raw("DROP TRIGGER audit_log_no_delete").execute(db);
        await sql.raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN ${REFUSE}; END`).execute(db);
      } else {
        await sql
          .raw(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ " +
              "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
          )
          .execute(db);
      }
      await db.schema.dropTable("audit_log_purge_window").execute();
    },
  };
}
