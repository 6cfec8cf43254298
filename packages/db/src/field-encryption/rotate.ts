import type { Kysely } from "kysely";
import { nowIso, uuidv7 } from "../ids.ts";
import type { Database } from "../modules.ts";
import { ENCRYPTED_COLUMNS, type EncryptedTable, type FieldCipher } from "./cipher.ts";
import { sealedKeyId } from "./envelope.ts";

/** What a rotation found and did, per table: counts and key ids only, never a value. */
export interface RotationReport {
  currentKeyId: string;
  dryRun: boolean;
  tables: {
    table: EncryptedTable;
    rows: number;
    /** Values found, per key id; "plaintext" for legacy values written before encryption. */
    valuesByKey: Record<string, number>;
    /** Values sealed again with the current key (in a dry run: that would be). */
    resealed: number;
    /** Values changed by the application meanwhile: left as it wrote them. */
    changedMeanwhile: number;
  }[];
}

// The tables are named at run time: a loose view of the same database.
type Row = Record<string, string | null>;
type LooseDb = Kysely<Record<string, Row>>;

/**
 * Seals every encrypted value again with the current key: values under an older key, and
 * legacy plaintext. Runs while the API serves (rows are read by id in batches; a value the
 * API rewrote meanwhile is left as written). Idempotent: a second run reseals nothing.
 * A value that no key opens stops the run with FieldDecryptionError (nothing half-written
 * in that batch).
 */
export async function rotateFieldKeys(
  db: Kysely<Database>,
  cipher: FieldCipher,
  options: { dryRun?: boolean; batchSize?: number } = {},
): Promise<RotationReport> {
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? 500;
  const loose = db as unknown as LooseDb;
  const report: RotationReport = { currentKeyId: cipher.keyring.current.id, dryRun, tables: [] };
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    const columns: readonly string[] = ENCRYPTED_COLUMNS[table];
    const entry: RotationReport["tables"][number] = {
      table,
      rows: 0,
      valuesByKey: {},
      resealed: 0,
      changedMeanwhile: 0,
    };
    let after = "";
    for (;;) {
      const rows = await loose
        .selectFrom(table)
        .select(["id", ...columns])
        .where("id", ">", after)
        .orderBy("id")
        .limit(batchSize)
        .execute();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id!;
      entry.rows += rows.length;
      const updates: { id: string; set: Row; was: Row }[] = [];
      for (const row of rows) {
        const set: Row = {};
        const was: Row = {};
        for (const column of columns) {
          const stored = row[column];
          if (typeof stored !== "string") continue;
          const keyId = sealedKeyId(stored) ?? "plaintext";
          entry.valuesByKey[keyId] = (entry.valuesByKey[keyId] ?? 0) + 1;
          if (!cipher.needsResealing(stored)) continue;
          const ref = { table, column, id: row.id! };
          set[column] = cipher.seal(ref, cipher.open(ref, stored));
          was[column] = stored;
        }
        if (Object.keys(set).length > 0) updates.push({ id: row.id!, set, was });
      }
      if (dryRun) {
        entry.resealed += updates.reduce((n, u) => n + Object.keys(u.set).length, 0);
        continue;
      }
      await loose.transaction().execute(async (trx) => {
        for (const u of updates) {
          let query = trx.updateTable(table).set(u.set).where("id", "=", u.id);
          for (const [column, value] of Object.entries(u.was)) query = query.where(column, "=", value);
          const result = await query.executeTakeFirst();
          const n = Object.keys(u.set).length;
          if (Number(result.numUpdatedRows) === 1) entry.resealed += n;
          else entry.changedMeanwhile += n;
        }
      });
    }
    report.tables.push(entry);
  }
  if (!dryRun) {
    const resealed = report.tables.reduce((n, t) => n + t.resealed, 0);
    await db
      .insertInto("audit_log")
      .values({
        id: uuidv7(),
        at: nowIso(),
        actor_user_id: null,
        actor_organisation_id: null,
        action: "field_key_rotated",
        resource_type: "field_encryption",
        resource_id: null,
        organisation_id: null,
        purpose: `rotation de la clé des champs chiffrés : ${resealed} valeur(s) scellée(s) ` + `avec la clé ${report.currentKeyId}`,
        outcome: "success",
      })
      .execute();
  }
  return report;
}
