import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, type Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateToLatest, migrations, normaliseSearch, openDatabase, personSearchText } from "../src/index.ts";

describe("accent-insensitive search text", () => {
  it("normalises case, accents and punctuation", () => {
    expect(normaliseSearch("  Zoé  d'Ÿvelines-ÇA ")).toBe("zoe d yvelines ca");
    expect(personSearchText({ alias: "Cœur", first_name: "Hélène", last_name: null })).toBe("|coeur|helene|helene|");
  });

  it("is filled for existing people by migration 0005 (SQLite file)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zero-db-search-"));
    const handle = openDatabase(join(dir, "db.sqlite"));
    try {
      const migrator = new Migrator({
        db: handle.db as Kysely<unknown>,
        provider: { getMigrations: async () => migrations(handle.dialect) },
      });
      expect((await migrator.migrateTo("0004-urgence-sectors")).error).toBeUndefined();
      const at = "2026-01-01T00:00:00.000Z";
      await handle.db.insertInto("organisations").values({ id: "o1", name: "Org", kind: "association", created_at: at }).execute();
      const db = handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await db
        .insertInto("urgence_people")
        .values({
          id: "p1",
          organisation_id: "o1",
          alias: "Élise",
          first_name: null,
          last_name: "Müller",
          birth_year: null,
          gender: null,
          languages: "[]",
          household_adults: 1,
          household_children: 0,
          needs: "[]",
          list_status: "active",
          status_changed_at: at,
          first_contact_at: at,
          last_contact_at: at,
          merged_into_id: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await migrateToLatest(handle);
      const row = await handle.db.selectFrom("urgence_people").select("search_text").where("id", "=", "p1").executeTakeFirstOrThrow();
      expect(row.search_text).toBe("|elise|muller|muller|");
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
