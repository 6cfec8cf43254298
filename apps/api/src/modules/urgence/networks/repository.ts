import { nowIso, type Database } from "@zero/db";
import type { Kysely } from "kysely";
import { PERSON_ROLES } from "../permissions.ts";

export function networksRepository(db: Kysely<Database>) {
  return {
    organisationExists(id: string) {
      return db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "=", id).executeTakeFirst();
    },

    async add(siaoOrganisationId: string, organisationId: string): Promise<void> {
      await db
        .insertInto("urgence_network_members")
        .values({ organisation_id: organisationId, siao_organisation_id: siaoOrganisationId, created_at: nowIso() })
        .execute();
    },

    /** The roles on people's records that the network admitted, per member organisation. */
    async admittedRoles(organisationIds: string[]): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (organisationIds.length === 0) return out;
      const rows = await db
        .selectFrom("urgence_role_admissions")
        .select(["organisation_id", "role"])
        .where("organisation_id", "in", organisationIds)
        .orderBy("role")
        .execute();
      for (const r of rows) out.set(r.organisation_id, [...(out.get(r.organisation_id) ?? []), r.role]);
      return out;
    },

    /**
     * Replaces the admitted roles of a member; the memberships holding a role no longer
     * admitted are disabled at once. Returns how many were disabled.
     */
    async setAdmittedRoles(siaoOrganisationId: string, organisationId: string, roles: string[], userId: string) {
      return db.transaction().execute(async (trx) => {
        const now = nowIso();
        await trx.deleteFrom("urgence_role_admissions").where("organisation_id", "=", organisationId).execute();
        if (roles.length > 0) {
          await trx
            .insertInto("urgence_role_admissions")
            .values(
              roles.map((role) => ({
                organisation_id: organisationId,
                role,
                siao_organisation_id: siaoOrganisationId,
                admitted_by_user_id: userId,
                admitted_at: now,
              })),
            )
            .execute();
        }
        const revoked = PERSON_ROLES.filter((r) => !roles.includes(r));
        const result = await trx
          .updateTable("memberships")
          .set({ disabled_at: now })
          .where("organisation_id", "=", organisationId)
          .where("role", "in", revoked)
          .where("disabled_at", "is", null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      });
    },

    /**
     * Leaving the network also removes the organisation's sectors in it, its admitted roles,
     * and disables its members' roles on people's records.
     */
    async remove(siaoOrganisationId: string, organisationId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom("urgence_sectors")
          .where("siao_organisation_id", "=", siaoOrganisationId)
          .where("organisation_id", "=", organisationId)
          .execute();
        await trx.deleteFrom("urgence_role_admissions").where("organisation_id", "=", organisationId).execute();
        await trx
          .updateTable("memberships")
          .set({ disabled_at: nowIso() })
          .where("organisation_id", "=", organisationId)
          .where("role", "in", [...PERSON_ROLES])
          .where("disabled_at", "is", null)
          .execute();
        await trx
          .deleteFrom("urgence_network_members")
          .where("siao_organisation_id", "=", siaoOrganisationId)
          .where("organisation_id", "=", organisationId)
          .execute();
      });
    },
  };
}

export type NetworksRepository = ReturnType<typeof networksRepository>;
