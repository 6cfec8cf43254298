import { nowIso, type Database } from "@zero/db";
import type { PrioritySettings, UrgenceSettings } from "@zero/schemas";
import type { Kysely } from "kysely";
import { DEFAULT_INACTIVITY_DAYS, DEFAULT_PRIORITY } from "../matching/priority.ts";

export function settingsRepository(db: Kysely<Database>) {
  return {
    /** The network's policy, or the defaults when the territory has not chosen yet. */
    async get(siaoOrganisationId: string): Promise<UrgenceSettings> {
      const row = await db
        .selectFrom("urgence_settings")
        .selectAll()
        .where("siao_organisation_id", "=", siaoOrganisationId)
        .executeTakeFirst();
      if (!row) return { inactivityDays: DEFAULT_INACTIVITY_DAYS, priority: DEFAULT_PRIORITY };
      return { inactivityDays: Number(row.inactivity_days), priority: JSON.parse(row.priority_json) as PrioritySettings };
    },

    async put(siaoOrganisationId: string, s: UrgenceSettings, userId: string): Promise<void> {
      const values = {
        inactivity_days: s.inactivityDays,
        priority_json: JSON.stringify(s.priority),
        updated_at: nowIso(),
        updated_by_user_id: userId,
      };
      await db
        .insertInto("urgence_settings")
        .values({ siao_organisation_id: siaoOrganisationId, ...values })
        .onConflict((oc) => oc.column("siao_organisation_id").doUpdateSet(values))
        .execute();
    },

    /** Every SIAO network (for the scheduled inactivity rule). */
    async networks(): Promise<string[]> {
      const rows = await db.selectFrom("urgence_network_members").select("siao_organisation_id").distinct().execute();
      return rows.map((r) => r.siao_organisation_id).sort();
    },

    /** Active people of the network without contact since `before`. */
    staleActive(siaoOrganisationId: string, before: string) {
      return db
        .selectFrom("urgence_people")
        .select(["id", "organisation_id"])
        .where("list_status", "=", "active")
        .where("merged_into_id", "is", null)
        .where("last_contact_at", "<", before)
        .where(
          "organisation_id",
          "in",
          db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", siaoOrganisationId),
        )
        .execute();
    },
  };
}

export type SettingsRepository = ReturnType<typeof settingsRepository>;
