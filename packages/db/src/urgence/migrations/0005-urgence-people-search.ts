import type { Kysely } from "kysely";
import { personSearchText } from "../../search-text.ts";
import type { UrgenceTables } from "../schema.ts";

// Accent-insensitive search on names and aliases, portable: a normalised `search_text`
// column that the application fills (search-text.ts), not a database function. Existing
// rows are filled here, by the same function.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("urgence_people")
    .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  const typed = db as unknown as Kysely<Pick<UrgenceTables, "urgence_people">>;
  const rows = await typed.selectFrom("urgence_people").select(["id", "alias", "first_name", "last_name"]).execute();
  for (const row of rows) {
    await typed
      .updateTable("urgence_people")
      .set({ search_text: personSearchText(row) })
      .where("id", "=", row.id)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("urgence_people").dropColumn("search_text").execute();
}
