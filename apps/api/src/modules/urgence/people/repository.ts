import {
  afterErasure,
  normaliseSearch,
  nowIso,
  uuidv7,
  type Database,
  type ErasureFlush,
  type ListStatus,
  type UrgenceTables,
} from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { Insertable, Kysely, Updateable } from "kysely";
import { visiblePeople } from "../access-filters-repository.ts";
import type { Grants } from "../access.ts";

type PersonRow = UrgenceTables["urgence_people"];
export interface ConsentInput {
  purposes: string[];
  audiences: { type: "organisation" | "network"; id: string }[];
  givenAt: string;
  userId: string;
  organisationId: string;
}

export interface PeopleFilter {
  organisationId?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  birthYear?: number | undefined;
  /** ± years around `birthYear` (0: that year only). */
  birthYearTolerance?: number | undefined;
  before?: string | undefined;
  limit: number;
}

/** The needs of a person (and those read in a timeline) are sealed on write and opened on read (ADR 0019). */
export function peopleRepository(db: Kysely<Database>, fields: FieldCipher) {
  async function insertConsent(trx: Kysely<Database>, personId: string, c: ConsentInput): Promise<string> {
    const id = uuidv7();
    await trx
      .updateTable("urgence_consents")
      .set({ withdrawn_at: nowIso(), withdrawn_by_user_id: c.userId })
      .where("person_id", "=", personId)
      .where("withdrawn_at", "is", null)
      .execute();
    await trx
      .insertInto("urgence_consents")
      .values({
        id,
        person_id: personId,
        given_at: c.givenAt,
        purposes: JSON.stringify(c.purposes),
        recorded_by_user_id: c.userId,
        recorded_by_organisation_id: c.organisationId,
        withdrawn_at: null,
        withdrawn_by_user_id: null,
      })
      .execute();
    const audiences = [...new Map(c.audiences.map((a) => [`${a.type}:${a.id}`, a])).values()];
    if (audiences.length) {
      await trx
        .insertInto("urgence_consent_audiences")
        .values(audiences.map((a) => ({ consent_id: id, audience_type: a.type, audience_id: a.id })))
        .execute();
    }
    return id;
  }

  return {
    async create(row: Insertable<PersonRow>, actorUserId: string, consent: ConsentInput | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("urgence_people")
          .values(fields.sealFields("urgence_people", row.id, row))
          .execute();
        await trx
          .insertInto("urgence_status_events")
          .values({
            id: uuidv7(),
            person_id: row.id,
            at: row.created_at,
            from_status: null,
            to_status: "active",
            reason: "identified",
            actor_user_id: actorUserId,
          })
          .execute();
        if (consent) await insertConsent(trx, row.id, consent);
      });
    },

    async list(grants: Grants, f: PeopleFilter) {
      let query = db
        .selectFrom("urgence_people as p")
        .selectAll("p")
        .where((eb) => visiblePeople(eb, grants))
        .where("p.merged_into_id", "is", null);
      if (f.organisationId) query = query.where("p.organisation_id", "=", f.organisationId);
      if (f.status) query = query.where("p.list_status", "=", f.status as ListStatus);
      if (f.before) query = query.where("p.id", "<", f.before);
      if (f.birthYear !== undefined) {
        const t = f.birthYearTolerance ?? 0;
        query = query.where("p.birth_year", ">=", f.birthYear - t).where("p.birth_year", "<=", f.birthYear + t);
      }
      // Accent- and case-insensitive: the query is normalised like `search_text` (ADR 0004: no DB function).
      const words = f.q
        ? normaliseSearch(f.q)
            .split(" ")
            .filter((w) => w !== "")
        : [];
      for (const word of words) query = query.where("p.search_text", "like", `%${word}%`);
      const rows = await query.orderBy("p.id", "desc").limit(f.limit).execute();
      return rows.map((r) => fields.openRow("urgence_people", r));
    },

    async consentsOf(personIds: string[]) {
      if (personIds.length === 0) return [];
      const consents = await db
        .selectFrom("urgence_consents")
        .selectAll()
        .where("person_id", "in", personIds)
        .orderBy("given_at", "desc")
        .execute();
      const audiences = consents.length
        ? await db
            .selectFrom("urgence_consent_audiences")
            .selectAll()
            .where(
              "consent_id",
              "in",
              consents.map((c) => c.id),
            )
            .execute()
        : [];
      return consents.map((c) => ({ ...c, audiences: audiences.filter((a) => a.consent_id === c.id) }));
    },

    async update(id: string, changes: Updateable<PersonRow>): Promise<void> {
      const sealed = fields.sealFields("urgence_people", id, { ...changes, updated_at: nowIso() });
      await db.updateTable("urgence_people").set(sealed).where("id", "=", id).execute();
    },

    async setStatus(id: string, from: ListStatus, to: ListStatus, reason: string, actorUserId: string | null, at = nowIso()) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("urgence_people")
          .set({ list_status: to, status_changed_at: at, updated_at: at })
          .where("id", "=", id)
          .execute();
        await trx
          .insertInto("urgence_status_events")
          .values({ id: uuidv7(), person_id: id, at, from_status: from, to_status: to, reason, actor_user_id: actorUserId })
          .execute();
      });
    },

    async giveConsent(personId: string, consent: ConsentInput): Promise<string> {
      return db.transaction().execute((trx) => insertConsent(trx, personId, consent));
    },

    findConsent(personId: string, consentId: string) {
      return db.selectFrom("urgence_consents").selectAll().where("id", "=", consentId).where("person_id", "=", personId).executeTakeFirst();
    },

    async withdrawConsent(consentId: string, userId: string): Promise<void> {
      await db
        .updateTable("urgence_consents")
        .set({ withdrawn_at: nowIso(), withdrawn_by_user_id: userId })
        .where("id", "=", consentId)
        .execute();
    },

    /** Ids of the records merged into `rootId`, the root included. */
    async group(rootId: string): Promise<string[]> {
      const rows = await db.selectFrom("urgence_people").select("id").where("merged_into_id", "=", rootId).execute();
      return [rootId, ...rows.map((r) => r.id)];
    },

    /**
     * Erasure: the records and everything attached to them are deleted (cascade); `detach` are
     * split off first. Then the deleted bytes leave the engine's files too (afterErasure).
     */
    async erase(ids: string[], detach: string[] = []): Promise<ErasureFlush> {
      await db.transaction().execute(async (trx) => {
        const now = nowIso();
        if (detach.length)
          await trx.updateTable("urgence_people").set({ merged_into_id: null, updated_at: now }).where("id", "in", detach).execute();
        await trx.updateTable("urgence_people").set({ merged_into_id: null }).where("id", "in", ids).execute();
        await trx.deleteFrom("urgence_people").where("id", "in", ids).execute();
      });
      return afterErasure(db);
    },

    /** The owning organisation of each record. */
    async organisationsOf(ids: string[]) {
      if (ids.length === 0) return [];
      return db.selectFrom("urgence_people").select(["id", "organisation_id"]).where("id", "in", ids).execute();
    },

    async setMergedInto(id: string, into: string | null): Promise<void> {
      await db.updateTable("urgence_people").set({ merged_into_id: into, updated_at: nowIso() }).where("id", "=", id).execute();
    },

    async timeline(ids: string[]) {
      const [statuses, consents, encounters, requests, events, unmet] = await Promise.all([
        db.selectFrom("urgence_status_events").selectAll().where("person_id", "in", ids).execute(),
        db.selectFrom("urgence_consents").selectAll().where("person_id", "in", ids).execute(),
        db.selectFrom("urgence_encounters").selectAll().where("person_id", "in", ids).execute(),
        db.selectFrom("urgence_requests").selectAll().where("person_id", "in", ids).execute(),
        db.selectFrom("urgence_request_events").selectAll().where("person_id", "in", ids).execute(),
        db.selectFrom("urgence_unmet_nights").selectAll().where("person_id", "in", ids).execute(),
      ]);
      return {
        statuses,
        consents,
        encounters: encounters.map((e) => fields.openRow("urgence_encounters", e)),
        requests: requests.map((r) => fields.openRow("urgence_requests", r)),
        events,
        unmet,
      };
    },
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
