import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { FieldKey, FieldKeyring } from "./keys.ts";

// One sealed value: `enc:v1:<key id>:<iv>:<tag>:<ciphertext>`, the last three in base64url.
// AES-256-GCM, a random 12-byte IV per value, the column and the row's id as additional
// authenticated data (a value copied onto another row or column does not open), and the
// plaintext padded to a multiple of 64 bytes, so that the length does not tell which codes
// a list holds (`["pets"]` and `["pregnancy"]` seal to the same length).

const PREFIX = "enc:";
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BLOCK = 64;
const SEALED = /^enc:v1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]+)$/;

/** Where a value lives: its table, column and row, bound to the ciphertext. */
export interface FieldRef {
  table: string;
  column: string;
  id: string;
}

/** A value that cannot be opened: never returned as text, so no garbage reaches a reader. */
export class FieldDecryptionError extends Error {
  override name = "FieldDecryptionError";
  constructor(
    readonly ref: FieldRef,
    readonly reason: "unknown-key" | "does-not-open" | "malformed",
    readonly keyId: string | null,
  ) {
    const where = `${ref.table}.${ref.column} of row ${ref.id}`;
    super(
      reason === "unknown-key"
        ? `${where} is sealed with key "${keyId}", which FIELD_ENCRYPTION_KEYS does not hold`
        : reason === "does-not-open"
          ? `${where} does not open with key "${keyId}": wrong key bytes for this id, or an altered value`
          : `${where} starts with "enc:" but is not a sealed value of a known version`,
    );
  }
}

function aad(ref: FieldRef): Buffer {
  return Buffer.from(`zero:field:${VERSION}:${ref.table}.${ref.column}:${ref.id}`, "utf8");
}

function pad(text: string): Buffer {
  const bytes = Buffer.from(text, "utf8");
  const padded = Buffer.alloc((Math.floor(bytes.length / BLOCK) + 1) * BLOCK);
  bytes.copy(padded);
  padded[bytes.length] = 0x80;
  return padded;
}

function unpad(padded: Buffer): string | null {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  return end >= 0 && padded[end] === 0x80 ? padded.subarray(0, end).toString("utf8") : null;
}

/** Whether a stored value is sealed (else it is legacy plaintext, written before encryption). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/** The id of the key that sealed a value; null for legacy plaintext. */
export function sealedKeyId(stored: string): string | null {
  if (!isSealed(stored)) return null;
  return SEALED.exec(stored)?.[1] ?? "";
}

export function seal(key: FieldKey, ref: FieldRef, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(aad(ref));
  const body = Buffer.concat([cipher.update(pad(plaintext)), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
  return `${PREFIX}${VERSION}:${key.id}:${parts.join(":")}`;
}

/** The plaintext of a stored value: legacy plaintext as it is, a sealed value opened or refused. */
export function open(keyring: FieldKeyring, ref: FieldRef, stored: string): string {
  if (!isSealed(stored)) return stored;
  const match = SEALED.exec(stored);
  if (!match) throw new FieldDecryptionError(ref, "malformed", null);
  const [, keyId = "", iv = "", tag = "", body = ""] = match;
  const key = keyring.keys.find((k) => k.id === keyId);
  if (!key) throw new FieldDecryptionError(ref, "unknown-key", keyId);
  let padded: Buffer;
  try {
    const nonce = Buffer.from(iv, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key.key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(ref));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    padded = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
  } catch {
    throw new FieldDecryptionError(ref, "does-not-open", keyId);
  }
  const text = unpad(padded);
  if (text === null) throw new FieldDecryptionError(ref, "malformed", keyId);
  return text;
}
