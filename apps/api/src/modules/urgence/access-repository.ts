import type { Database } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { Kysely } from "kysely";

/** The queries behind access.ts: networks, consents and orientations that open a record. */
export function accessRepository(db: Kysely<Database>, fields: FieldCipher) {
  return {
    /** organisation id → SIAO organisation id of its network, for the given organisations. */
    async networksOf(organisationIds: string[]): Promise<Map<string, string>> {
      if (organisationIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("urgence_network_members")
        .select(["organisation_id", "siao_organisation_id"])
        .where("organisation_id", "in", organisationIds)
        .execute();
      return new Map(rows.map((r) => [r.organisation_id, r.siao_organisation_id]));
    },

    async networkMembers(siaoOrganisationId: string) {
      return db
        .selectFrom("urgence_network_members")
        .innerJoin("organisations", "organisations.id", "urgence_network_members.organisation_id")
        .select(["organisations.id", "organisations.name", "organisations.kind"])
        .where("urgence_network_members.siao_organisation_id", "=", siaoOrganisationId)
        .orderBy("organisations.name")
        .execute();
    },

    /** The person's record, its needs opened (ADR 0019). */
    async findPerson(id: string) {
      const row = await db.selectFrom("urgence_people").selectAll().where("id", "=", id).executeTakeFirst();
      return row && fields.openRow("urgence_people", row);
    },

    async activeConsentAudiences(personId: string) {
      return db
        .selectFrom("urgence_consents")
        .innerJoin("urgence_consent_audiences", "urgence_consent_audiences.consent_id", "urgence_consents.id")
        .select(["urgence_consent_audiences.audience_type", "urgence_consent_audiences.audience_id"])
        .where("urgence_consents.person_id", "=", personId)
        .where("urgence_consents.withdrawn_at", "is", null)
        .execute();
    },

    /** Whether the person has a live orientation to a structure of one of these organisations. */
    async orientedTo(personId: string, organisationIds: string[]): Promise<boolean> {
      if (organisationIds.length === 0) return false;
      const row = await db
        .selectFrom("urgence_requests")
        .innerJoin("urgence_structures", "urgence_structures.id", "urgence_requests.proposed_structure_id")
        .select("urgence_requests.id")
        .where("urgence_requests.person_id", "=", personId)
        .where("urgence_requests.status", "in", ["proposed", "accepted", "arrived"])
        .where("urgence_structures.organisation_id", "in", organisationIds)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type AccessRepository = ReturnType<typeof accessRepository>;
