import type { Kysely } from "kysely";

// Urgence sociale: the shared by-name list (people, consent, status history), encounters,
// shelter requests and their events, structures and daily free-place declarations.
// Portable SQL only (docs/decisions/0004): text ids and timestamps, no booleans.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("urgence_network_members")
    .addColumn("organisation_id", "text", (c) => c.primaryKey().references("organisations.id").onDelete("cascade"))
    .addColumn("siao_organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("urgence_settings")
    .addColumn("siao_organisation_id", "text", (c) => c.primaryKey().references("organisations.id").onDelete("cascade"))
    .addColumn("inactivity_days", "integer", (c) => c.notNull())
    .addColumn("priority_json", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by_user_id", "text")
    .execute();

  await db.schema
    .createTable("urgence_people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("alias", "text")
    .addColumn("first_name", "text")
    .addColumn("last_name", "text")
    .addColumn("birth_year", "integer")
    .addColumn("gender", "text")
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("household_adults", "integer", (c) => c.notNull())
    .addColumn("household_children", "integer", (c) => c.notNull())
    .addColumn("needs", "text", (c) => c.notNull())
    .addColumn("list_status", "text", (c) => c.notNull())
    .addColumn("status_changed_at", "text", (c) => c.notNull())
    .addColumn("first_contact_at", "text", (c) => c.notNull())
    .addColumn("last_contact_at", "text", (c) => c.notNull())
    .addColumn("merged_into_id", "text", (c) => c.references("urgence_people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("urgence_people_org_idx").on("urgence_people").column("organisation_id").execute();
  await db.schema.createIndex("urgence_people_merged_idx").on("urgence_people").column("merged_into_id").execute();

  await db.schema
    .createTable("urgence_status_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("urgence_people.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .execute();
  await db.schema.createIndex("urgence_status_events_person_idx").on("urgence_status_events").column("person_id").execute();

  await db.schema
    .createTable("urgence_consents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("urgence_people.id").onDelete("cascade"))
    .addColumn("given_at", "text", (c) => c.notNull())
    .addColumn("purposes", "text", (c) => c.notNull())
    .addColumn("recorded_by_user_id", "text", (c) => c.notNull())
    .addColumn("recorded_by_organisation_id", "text", (c) => c.notNull())
    .addColumn("withdrawn_at", "text")
    .addColumn("withdrawn_by_user_id", "text")
    .execute();
  await db.schema.createIndex("urgence_consents_person_idx").on("urgence_consents").column("person_id").execute();

  await db.schema
    .createTable("urgence_consent_audiences")
    .addColumn("consent_id", "text", (c) => c.notNull().references("urgence_consents.id").onDelete("cascade"))
    .addColumn("audience_type", "text", (c) => c.notNull())
    .addColumn("audience_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("urgence_consent_audiences_pk", ["consent_id", "audience_type", "audience_id"])
    .execute();
  await db.schema
    .createIndex("urgence_consent_audiences_audience_idx")
    .on("urgence_consent_audiences")
    .columns(["audience_type", "audience_id"])
    .execute();

  await db.schema
    .createTable("urgence_encounters")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.references("urgence_people.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("recorded_by_user_id", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("latitude", "double precision")
    .addColumn("longitude", "double precision")
    .addColumn("address", "text")
    .addColumn("sector", "text")
    .addColumn("living_situation", "text", (c) => c.notNull())
    .addColumn("needs_expressed", "text", (c) => c.notNull())
    .addColumn("services_given", "text", (c) => c.notNull())
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("urgence_encounters_person_idx").on("urgence_encounters").column("person_id").execute();
  await db.schema.createIndex("urgence_encounters_at_idx").on("urgence_encounters").column("occurred_at").execute();

  await db.schema
    .createTable("urgence_structures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("latitude", "double precision")
    .addColumn("longitude", "double precision")
    .addColumn("capacity_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("urgence_availability")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("structure_id", "text", (c) => c.notNull().references("urgence_structures.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("for_date", "text", (c) => c.notNull())
    .addColumn("line_key", "text", (c) => c.notNull())
    .addColumn("public", "text", (c) => c.notNull())
    .addColumn("unit_capacity", "integer", (c) => c.notNull())
    .addColumn("free_units", "integer", (c) => c.notNull())
    .addColumn("features", "text", (c) => c.notNull())
    .addColumn("declared_at", "text", (c) => c.notNull())
    .addColumn("declared_by_user_id", "text", (c) => c.notNull())
    .addUniqueConstraint("urgence_availability_line_uq", ["structure_id", "for_date", "line_key"])
    .execute();
  await db.schema.createIndex("urgence_availability_date_idx").on("urgence_availability").column("for_date").execute();

  await db.schema
    .createTable("urgence_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("urgence_people.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("created_by_user_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("adults", "integer", (c) => c.notNull())
    .addColumn("children", "integer", (c) => c.notNull())
    .addColumn("needs", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("proposed_structure_id", "text", (c) => c.references("urgence_structures.id"))
    .addColumn("proposed_for_date", "text")
    .addColumn("proposed_line_key", "text")
    .addColumn("proposal_reason", "text")
    .addColumn("proposed_at", "text")
    .addColumn("confirmed_at", "text")
    .addColumn("decided_by", "text")
    .addColumn("decision_reason", "text")
    .addColumn("arrived_at", "text")
    .addColumn("ended_at", "text")
    .addColumn("end_destination", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("urgence_requests_person_idx").on("urgence_requests").column("person_id").execute();
  await db.schema.createIndex("urgence_requests_status_idx").on("urgence_requests").column("status").execute();

  await db.schema
    .createTable("urgence_request_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull().references("urgence_requests.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("actor_organisation_id", "text")
    .addColumn("detail", "text")
    .execute();
  await db.schema.createIndex("urgence_request_events_request_idx").on("urgence_request_events").column("request_id").execute();

  await db.schema
    .createTable("urgence_unmet_nights")
    .addColumn("request_id", "text", (c) => c.notNull().references("urgence_requests.id").onDelete("cascade"))
    .addColumn("night", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("urgence_unmet_nights_pk", ["request_id", "night"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "urgence_unmet_nights",
    "urgence_request_events",
    "urgence_requests",
    "urgence_availability",
    "urgence_structures",
    "urgence_encounters",
    "urgence_consent_audiences",
    "urgence_consents",
    "urgence_status_events",
    "urgence_people",
    "urgence_settings",
    "urgence_network_members",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
