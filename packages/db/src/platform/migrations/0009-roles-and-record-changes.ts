import type { Kysely } from "kysely";

// Issue 11 (docs/security.md): roles bounded by what the SIAO network admits, members that
// can be disabled, and changes to a person's record proposed by the organisations that only
// share it, decided by the owner or the SIAO coordination. Portable SQL (ADR 0004).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("memberships").addColumn("disabled_at", "text").execute();

  // Roles that open people's records, admitted by a network's SIAO for one of its members.
  await db.schema
    .createTable("urgence_role_admissions")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("siao_organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("admitted_by_user_id", "text")
    .addColumn("admitted_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("urgence_role_admissions_pk", ["organisation_id", "role"])
    .execute();

  await db.schema
    .createTable("urgence_record_proposals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("urgence_people.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("changes_json", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("proposed_by_user_id", "text", (c) => c.notNull())
    .addColumn("proposed_by_organisation_id", "text", (c) => c.notNull())
    .addColumn("proposed_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("decided_by_user_id", "text")
    .addColumn("decided_at", "text")
    .addColumn("decision_reason", "text")
    .execute();
  await db.schema
    .createIndex("urgence_record_proposals_person_idx")
    .on("urgence_record_proposals")
    .columns(["person_id", "status"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("urgence_record_proposals").execute();
  await db.schema.dropTable("urgence_role_admissions").execute();
  await db.schema.alterTable("memberships").dropColumn("disabled_at").execute();
}
