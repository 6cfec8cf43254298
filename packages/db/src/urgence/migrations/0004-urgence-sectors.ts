import type { Kysely } from "kysely";

// Urgence sociale: sectors of outreach teams, managed by coordinators. A sector belongs to
// a SIAO network and to one team (organisation); its area is an optional GeoJSON polygon
// (text) and/or a list of arrondissements (postcodes, JSON text). Portable SQL (ADR 0004).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("urgence_sectors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("siao_organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("geometry_json", "text")
    .addColumn("arrondissements", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by_user_id", "text")
    .addUniqueConstraint("urgence_sectors_name_uq", ["siao_organisation_id", "name"])
    .execute();
  await db.schema.createIndex("urgence_sectors_org_idx").on("urgence_sectors").column("organisation_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("urgence_sectors").execute();
}
