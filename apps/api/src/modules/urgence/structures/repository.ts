import { nowIso, uuidv7, type Database, type Public, type UrgenceTables } from "@zero/db";
import type { Insertable, Kysely } from "kysely";
import { toJson } from "../shared.ts";

type StructureRow = UrgenceTables["urgence_structures"];
export interface DeclaredLine {
  public: Public;
  unitCapacity: number;
  freeUnits: number;
  features: readonly string[];
}

/** Stable key of a declaration line: the same (public, size, features) keeps its key. */
export function lineKey(l: { public: string; unitCapacity: number; features: readonly string[] }): string {
  return `${l.public}:${l.unitCapacity}:${[...l.features].sort().join("+")}`;
}

export function structuresRepository(db: Kysely<Database>) {
  return {
    async create(row: Insertable<StructureRow>): Promise<void> {
      await db.insertInto("urgence_structures").values(row).execute();
    },

    find(id: string) {
      return db.selectFrom("urgence_structures").selectAll().where("id", "=", id).executeTakeFirst();
    },

    inNetwork(siaoOrganisationId: string) {
      return db
        .selectFrom("urgence_structures")
        .selectAll("urgence_structures")
        .where(
          "organisation_id",
          "in",
          db.selectFrom("urgence_network_members").select("organisation_id").where("siao_organisation_id", "=", siaoOrganisationId),
        )
        .orderBy("name")
        .execute();
    },

    /** The lines declared for `date` in these structures, each with its units still unproposed. */
    async linesFor(structureIds: string[] | "network", date: string, siaoOrganisationId?: string) {
      let query = db.selectFrom("urgence_availability as a").selectAll("a").where("a.for_date", "=", date);
      if (structureIds === "network") {
        query = query.where(
          "a.organisation_id",
          "in",
          db
            .selectFrom("urgence_network_members")
            .select("organisation_id")
            .where("siao_organisation_id", "=", siaoOrganisationId ?? ""),
        );
      } else {
        if (structureIds.length === 0) return [];
        query = query.where("a.structure_id", "in", structureIds);
      }
      const lines = await query.orderBy("a.structure_id").orderBy("a.line_key").execute();
      if (lines.length === 0) return [];
      const taken = await db
        .selectFrom("urgence_requests")
        .select(["proposed_structure_id", "proposed_line_key", "proposed_at"])
        .where("proposed_for_date", "=", date)
        .where("status", "in", ["proposed", "accepted", "arrived"])
        .where("proposed_structure_id", "in", [...new Set(lines.map((l) => l.structure_id))])
        .execute();
      return lines.map((l) => {
        // A declaration states what is free when it is made: only later proposals consume it.
        const used = taken.filter(
          (t) => t.proposed_structure_id === l.structure_id && t.proposed_line_key === l.line_key && (t.proposed_at ?? "") >= l.declared_at,
        ).length;
        return {
          ...l,
          free_units: Number(l.free_units),
          unit_capacity: Number(l.unit_capacity),
          remaining: Math.max(0, Number(l.free_units) - used),
        };
      });
    },

    /** Replaces the structure's declaration for that day. */
    async declare(structure: { id: string; organisation_id: string }, date: string, lines: DeclaredLine[], userId: string) {
      const now = nowIso();
      const merged = new Map<string, DeclaredLine>();
      for (const l of lines) {
        const key = lineKey(l);
        const prev = merged.get(key);
        merged.set(key, prev ? { ...prev, freeUnits: prev.freeUnits + l.freeUnits } : l);
      }
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("urgence_availability").where("structure_id", "=", structure.id).where("for_date", "=", date).execute();
        if (merged.size === 0) return;
        await trx
          .insertInto("urgence_availability")
          .values(
            [...merged.entries()].map(([key, l]) => ({
              id: uuidv7(),
              structure_id: structure.id,
              organisation_id: structure.organisation_id,
              for_date: date,
              line_key: key,
              public: l.public,
              unit_capacity: l.unitCapacity,
              free_units: l.freeUnits,
              features: toJson(l.features),
              declared_at: now,
              declared_by_user_id: userId,
            })),
          )
          .execute();
      });
    },
  };
}

export type StructuresRepository = ReturnType<typeof structuresRepository>;
