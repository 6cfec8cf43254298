import { FieldKeyError, parseFieldKeys, type FieldKey } from "@zero/db/field-encryption";

// FIELD_ENCRYPTION_KEYS, read by config.ts (docs/configuration.md, docs/operations.md "Key rotation").

/** The key of the test suite (apps/api/test/helpers/test-app.ts): published, so refused in production. */
export const TEST_FIELD_ENCRYPTION_KEYS = `test:${Buffer.from("zero-test-field-key-not-secret!!").toString("base64")}`;

/** The keys of FIELD_ENCRYPTION_KEYS, the current one first; [] when unset. */
export function fieldEncryptionKeysFrom(env: NodeJS.ProcessEnv, fail: (message: string) => Error): FieldKey[] {
  try {
    return parseFieldKeys(env.FIELD_ENCRYPTION_KEYS);
  } catch (error) {
    if (error instanceof FieldKeyError) throw fail(error.message);
    throw error;
  }
}

/** What a production start refuses about the field keys (startup-checks.ts). */
export function fieldKeyProblems(keys: readonly FieldKey[]): string[] {
  if (keys.length === 0) {
    return ["FIELD_ENCRYPTION_KEYS is unset: the notes and needs of Urgence sociale need a key (docs/operations.md)"];
  }
  const published = new Set(parseFieldKeys(TEST_FIELD_ENCRYPTION_KEYS).map((k) => k.key.toString("hex")));
  return keys
    .filter((k) => published.has(k.key.toString("hex")))
    .map((k) => `FIELD_ENCRYPTION_KEYS key "${k.id}" is the test key published in the repository`);
}
