import type { Database, Role } from "@zero/db";
import type { Kysely } from "kysely";

/** The rows behind the dashboard's aggregates (service.ts): they never leave the server as rows. */
export function dashboardRepository(db: Kysely<Database>) {
  const inNetwork = (networkId: string) =>
    db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", networkId);
  const peopleOf = (networkId: string) =>
    db.selectFrom("urgence_people").select("id").where("organisation_id", "in", inNetwork(networkId)).where("merged_into_id", "is", null);

  return {
    /** The network's people (merged records aside), with their number of active consents. */
    people(networkId: string) {
      return db
        .selectFrom("urgence_people as p")
        .select(["p.id", "p.gender", "p.birth_year", "p.household_adults", "p.household_children", "p.first_contact_at"])
        .select((eb) =>
          eb
            .selectFrom("urgence_consents as c")
            .select((e) => e.fn.countAll<number>().as("n"))
            .whereRef("c.person_id", "=", "p.id")
            .where("c.withdrawn_at", "is", null)
            .as("consents"),
        )
        .where("p.organisation_id", "in", inNetwork(networkId))
        .where("p.merged_into_id", "is", null)
        .execute();
    },

    statusEvents(networkId: string) {
      return db
        .selectFrom("urgence_status_events")
        .select(["person_id", "at", "from_status", "to_status", "reason"])
        .where("person_id", "in", peopleOf(networkId))
        .execute();
    },

    unmetNights(networkId: string) {
      return db.selectFrom("urgence_unmet_nights").select(["person_id", "night"]).where("person_id", "in", peopleOf(networkId)).execute();
    },

    arrivedRequests(networkId: string) {
      return db
        .selectFrom("urgence_requests")
        .select(["person_id", "arrived_at"])
        .where("person_id", "in", peopleOf(networkId))
        .where("arrived_at", "is not", null)
        .execute();
    },

    /** The network's organisations where someone holds one of `roles`. */
    async organisationsWithRoles(networkId: string, roles: readonly Role[]): Promise<string[]> {
      const rows = await db
        .selectFrom("memberships")
        .select("organisation_id")
        .distinct()
        .where("role", "in", [...roles])
        .where("organisation_id", "in", inNetwork(networkId))
        .execute();
      return rows.map((r) => r.organisation_id);
    },

    /** Organisations that recorded an encounter since `since` (an ISO instant). */
    async organisationsReportingSince(since: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom("urgence_encounters")
        .select("organisation_id")
        .distinct()
        .where("occurred_at", ">=", since)
        .execute();
      return new Set(rows.map((r) => r.organisation_id));
    },
  };
}

export type DashboardRepository = ReturnType<typeof dashboardRepository>;
