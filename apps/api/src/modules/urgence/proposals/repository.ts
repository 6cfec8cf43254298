import { nowIso, uuidv7, type Database, type RecordProposalKind } from "@zero/db";
import type { Kysely, Selectable } from "kysely";

export type ProposalRow = Selectable<Database["urgence_record_proposals"]>;

export function proposalsRepository(db: Kysely<Database>) {
  return {
    async create(input: {
      personId: string;
      kind: RecordProposalKind;
      changes: Record<string, unknown>;
      reason: string;
      userId: string;
      organisationId: string;
    }): Promise<ProposalRow> {
      const row: ProposalRow = {
        id: uuidv7(),
        person_id: input.personId,
        kind: input.kind,
        changes_json: JSON.stringify(input.changes),
        reason: input.reason,
        proposed_by_user_id: input.userId,
        proposed_by_organisation_id: input.organisationId,
        proposed_at: nowIso(),
        status: "pending",
        decided_by_user_id: null,
        decided_at: null,
        decision_reason: null,
      };
      await db.insertInto("urgence_record_proposals").values(row).execute();
      return row;
    },

    find(id: string): Promise<ProposalRow | undefined> {
      return db.selectFrom("urgence_record_proposals").selectAll().where("id", "=", id).executeTakeFirst();
    },

    ofPerson(personId: string): Promise<ProposalRow[]> {
      return db
        .selectFrom("urgence_record_proposals")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("proposed_at", "desc")
        .limit(200)
        .execute();
    },

    /** Decides a pending proposal; false when it was decided meanwhile. */
    async decide(id: string, status: "accepted" | "rejected", userId: string, reason: string): Promise<boolean> {
      const result = await db
        .updateTable("urgence_record_proposals")
        .set({ status, decided_by_user_id: userId, decided_at: nowIso(), decision_reason: reason })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

export type ProposalsRepository = ReturnType<typeof proposalsRepository>;
