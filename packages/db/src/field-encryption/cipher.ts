import { open, seal, sealedKeyId, type FieldRef } from "./envelope.ts";
import type { FieldKeyring } from "./keys.ts";

/**
 * The columns sealed at rest (docs/decisions/0019-field-encryption-at-rest.md): the free text
 * and the place of an encounter, and every list of needs (health constraints). None is
 * compared in SQL; the code reads them after the repositories open them.
 */
export const ENCRYPTED_COLUMNS = {
  urgence_encounters: ["address", "needs_expressed", "notes"],
  urgence_people: ["needs"],
  urgence_requests: ["needs"],
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

type Fields = Record<string, unknown>;

/** Seals on write and opens on read, with the keys of one keyring. */
export interface FieldCipher {
  readonly keyring: FieldKeyring;
  seal(ref: FieldRef, plaintext: string): string;
  open(ref: FieldRef, stored: string): string;
  /** The row with its encrypted columns opened (null and absent columns stay as they are). */
  openRow<R extends { id: string }>(table: EncryptedTable, row: R): R;
  /** The fields of row `id` with their encrypted columns sealed, for an insert or an update. */
  sealFields<F extends Fields>(table: EncryptedTable, id: string, fields: F): F;
  /** Whether a stored value must be sealed again: legacy plaintext, or sealed with an older key. */
  needsResealing(stored: string): boolean;
}

type Change = (column: string, value: string) => string;

function mapColumns<F extends Fields>(table: EncryptedTable, fields: F, f: Change): F {
  let out: Fields | undefined;
  for (const column of ENCRYPTED_COLUMNS[table]) {
    const value = fields[column];
    if (typeof value !== "string") continue;
    out ??= { ...fields };
    out[column] = f(column, value);
  }
  return (out ?? fields) as F;
}

export function fieldCipher(keyring: FieldKeyring): FieldCipher {
  return {
    keyring,
    seal: (ref, plaintext) => seal(keyring.current, ref, plaintext),
    open: (ref, stored) => open(keyring, ref, stored),
    openRow: (table, row) => mapColumns(table, row, (column, v) => open(keyring, { table, column, id: row.id }, v)),
    sealFields: (table, id, fields) => mapColumns(table, fields, (column, v) => seal(keyring.current, { table, column, id }, v)),
    needsResealing: (stored) => sealedKeyId(stored) !== keyring.current.id,
  };
}
