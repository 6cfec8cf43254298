import { nowIso, uuidv7, type Database, type RequestStatus, type UrgenceTables } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import { sql, type Insertable, type Kysely, type Updateable } from "kysely";
import { visiblePeople } from "../access-filters-repository.ts";
import type { Grants } from "../access.ts";

type RequestRow = UrgenceTables["urgence_requests"];
export interface RequestEvent {
  type: string;
  from: RequestStatus | null;
  to: RequestStatus;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  detail?: Record<string, unknown>;
}

/** A request's needs are sealed on write and opened on read (ADR 0019). */
export function requestsRepository(db: Kysely<Database>, fields: FieldCipher) {
  async function event(trx: Kysely<Database>, request: { id: string; person_id: string }, e: RequestEvent, at: string) {
    await trx
      .insertInto("urgence_request_events")
      .values({
        id: uuidv7(),
        request_id: request.id,
        person_id: request.person_id,
        at,
        type: e.type,
        from_status: e.from,
        to_status: e.to,
        actor_user_id: e.actorUserId,
        actor_organisation_id: e.actorOrganisationId,
        detail: e.detail ? JSON.stringify(e.detail) : null,
      })
      .execute();
  }

  return {
    async create(row: Insertable<RequestRow>, e: RequestEvent): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("urgence_requests")
          .values(fields.sealFields("urgence_requests", row.id, row))
          .execute();
        await event(trx, { id: row.id, person_id: row.person_id }, e, row.opened_at);
      });
    },

    async find(id: string) {
      const row = await db.selectFrom("urgence_requests").selectAll().where("id", "=", id).executeTakeFirst();
      return row && fields.openRow("urgence_requests", row);
    },

    /** Moves a request (only if still in `from`: two operators cannot both move it). */
    async move(request: RequestRow, set: Updateable<RequestRow>, e: RequestEvent, at = nowIso()): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable("urgence_requests")
          .set(fields.sealFields("urgence_requests", request.id, { ...set, updated_at: at }))
          .where("id", "=", request.id)
          .where("status", "=", request.status)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await event(trx, request, e, at);
        return true;
      });
    },

    /** Requests of the network whose person the grants reach, or proposed to the grants' structures. */
    async list(grants: Grants, networkId: string, f: { status?: string | undefined; structureId?: string | undefined; limit: number }) {
      let query = db
        .selectFrom("urgence_requests as r")
        .innerJoin("urgence_people as p", "p.id", "r.person_id")
        .selectAll("r")
        .where(
          "r.organisation_id",
          "in",
          db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", networkId),
        )
        .where((eb) => visiblePeople(eb, grants));
      if (grants.structureOrgs.length && !grants.ownerOrgs.length) {
        query = query.where(
          "r.proposed_structure_id",
          "in",
          db.selectFrom("urgence_structures").select("id").where("organisation_id", "in", grants.structureOrgs),
        );
      }
      if (f.status) query = query.where("r.status", "=", f.status as RequestStatus);
      if (f.structureId) query = query.where("r.proposed_structure_id", "=", f.structureId);
      const rows = await query.orderBy("r.opened_at").orderBy("r.id").limit(f.limit).execute();
      return rows.map((r) => fields.openRow("urgence_requests", r));
    },

    async unmetCounts(ids: string[]): Promise<Map<string, number>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom("urgence_unmet_nights")
        .select(["request_id", sql<number>`count(*)`.as("n")])
        .where("request_id", "in", ids)
        .groupBy("request_id")
        .execute();
      return new Map(rows.map((r) => [r.request_id, Number(r.n)]));
    },

    async recordUnmet(rows: { request_id: string; night: string; person_id: string; reason: string }[]): Promise<void> {
      const at = nowIso();
      for (let i = 0; i < rows.length; i += 500) {
        await db
          .insertInto("urgence_unmet_nights")
          .values(rows.slice(i, i + 500).map((r) => ({ ...r, recorded_at: at })))
          .onConflict((oc) =>
            oc.columns(["request_id", "night"]).doUpdateSet({ reason: (eb) => eb.ref("excluded.reason"), recorded_at: at }),
          )
          .execute();
      }
    },

    async clearUnmet(requestId: string, night: string): Promise<void> {
      await db.deleteFrom("urgence_unmet_nights").where("request_id", "=", requestId).where("night", "=", night).execute();
    },
  };
}

export type RequestsRepository = ReturnType<typeof requestsRepository>;
