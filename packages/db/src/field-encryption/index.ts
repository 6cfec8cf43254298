// Encryption of the most sensitive fields at rest (docs/decisions/0019-field-encryption-at-rest.md).
export { ENCRYPTED_COLUMNS, fieldCipher, type EncryptedTable, type FieldCipher } from "./cipher.ts";
export { FieldDecryptionError, isSealed, sealedKeyId, type FieldRef } from "./envelope.ts";
export {
  DEVELOPMENT_KEY_FILE,
  developmentKeyring,
  FieldKeyError,
  keyringOf,
  parseFieldKeys,
  resolveFieldKeyring,
  type FieldKey,
  type FieldKeyring,
} from "./keys.ts";
export { rotateFieldKeys, type RotationReport } from "./rotate.ts";
