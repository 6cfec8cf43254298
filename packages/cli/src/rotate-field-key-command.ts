// `zero rotate-field-key`: seals every encrypted field again with the current key, the first of
// FIELD_ENCRYPTION_KEYS (docs/operations.md, "Key rotation"). Prints counts and key ids, never a value.
import { parseArgs } from "node:util";
import { databaseUrlFrom, openDatabase } from "@zero/db";
import {
  FieldDecryptionError,
  FieldKeyError,
  fieldCipher,
  parseFieldKeys,
  resolveFieldKeyring,
  rotateFieldKeys,
  type RotationReport,
} from "@zero/db/field-encryption";

export const ROTATE_FIELD_KEY_USAGE = `  zero rotate-field-key [--dry-run]
      Seals the encrypted fields (notes, places and needs of Urgence sociale) of the database
      (DATABASE_URL) again with the first key of FIELD_ENCRYPTION_KEYS: values under an older
      key and plaintext written before encryption. Safe while the server runs. --dry-run counts
      the values per key and writes nothing. Exit code 1 when a value opens with no key.`;

export interface RotateIo {
  out(line: string): void;
  err(line: string): void;
  env?: NodeJS.ProcessEnv;
}

function lines(report: RotationReport): string[] {
  const verb = report.dryRun ? "à rechiffrer" : "rechiffrées";
  const out = report.tables.map((t) => {
    const byKey = Object.entries(t.valuesByKey).map(([key, n]) => `${key === "plaintext" ? "en clair" : `clé ${key}`} ${n}`);
    const meanwhile = t.changedMeanwhile ? `, ${t.changedMeanwhile} modifiées entre-temps (laissées)` : "";
    return `${t.table} : ${t.rows} lignes, valeurs ${byKey.join(", ") || "aucune"} ; ${t.resealed} ${verb}${meanwhile}`;
  });
  const total = report.tables.reduce((n, t) => n + t.resealed, 0);
  out.push(
    report.dryRun
      ? `Simulation : ${total} valeur(s) à rechiffrer avec la clé ${report.currentKeyId} ; rien n'est écrit.`
      : `Rotation faite : ${total} valeur(s) rechiffrée(s) avec la clé ${report.currentKeyId} ` + "(entrée au journal d'audit).",
  );
  return out;
}

/** Returns the exit code: 0 done, 1 refused or failed, 2 usage error. */
export async function runRotateFieldKeyCommand(args: readonly string[], io: RotateIo): Promise<number> {
  let dryRun: boolean;
  try {
    const parsed = parseArgs({ args: [...args], options: { "dry-run": { type: "boolean" } }, strict: true });
    dryRun = parsed.values["dry-run"] ?? false;
  } catch (error) {
    io.err(`zero rotate-field-key : ${(error as Error).message}\n${ROTATE_FIELD_KEY_USAGE}`);
    return 2;
  }
  const env = io.env ?? process.env;
  let cipher;
  try {
    cipher = fieldCipher(resolveFieldKeyring(parseFieldKeys(env.FIELD_ENCRYPTION_KEYS), env.NODE_ENV === "production"));
  } catch (error) {
    if (!(error instanceof FieldKeyError)) throw error;
    io.err(`zero rotate-field-key : ${error.message}`);
    return 1;
  }
  if (cipher.keyring.source === "development-file") {
    io.err("zero rotate-field-key : FIELD_ENCRYPTION_KEYS absent, clé de data/field-encryption.dev-key");
  }
  const database = openDatabase(databaseUrlFrom(env));
  try {
    for (const line of lines(await rotateFieldKeys(database.db, cipher, { dryRun }))) io.out(line);
    return 0;
  } catch (error) {
    if (error instanceof FieldDecryptionError) {
      const hint = "ajoutez cette clé à FIELD_ENCRYPTION_KEYS, après la première";
      io.err(`zero rotate-field-key : ${error.message} ; ${hint}`);
      return 1;
    }
    io.err(`zero rotate-field-key : échec inattendu : ${(error as Error).message}`);
    return 1;
  } finally {
    await database.close();
  }
}
