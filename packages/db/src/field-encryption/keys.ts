import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The keys of the field encryption (docs/decisions/0019-field-encryption-at-rest.md):
// FIELD_ENCRYPTION_KEYS="<id>:<base64 of 32 bytes>,<id>:<…>", the first one seals, all open.

/** One AES-256 key and the id written in each value it seals. */
export interface FieldKey {
  id: string;
  key: Buffer;
}

/** The keys to open with (all) and the one to seal with (the first). */
export interface FieldKeyring {
  current: FieldKey;
  keys: readonly FieldKey[];
  /** Where the keys come from: the environment, or the development key file. */
  source: "environment" | "development-file";
}

export class FieldKeyError extends Error {
  override name = "FieldKeyError";
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function parseEntry(entry: string, variable: string): FieldKey {
  const colon = entry.indexOf(":");
  const id = colon < 0 ? "" : entry.slice(0, colon).trim();
  const encoded = colon < 0 ? "" : entry.slice(colon + 1).trim();
  if (!KEY_ID.test(id)) {
    throw new FieldKeyError(`${variable}: each key is <id>:<base64>, the id of 1 to 32 letters, digits, - or _`);
  }
  // Node reads both base64 alphabets (standard and URL-safe).
  const key = BASE64.test(encoded) ? Buffer.from(encoded, "base64") : Buffer.alloc(0);
  if (key.length !== 32) {
    throw new FieldKeyError(`${variable}: key "${id}" must be 32 bytes in base64 (openssl rand -base64 32)`);
  }
  return { id, key };
}

/** The keys of a FIELD_ENCRYPTION_KEYS value, first the current one; [] when empty. */
export function parseFieldKeys(text: string | undefined, variable = "FIELD_ENCRYPTION_KEYS"): FieldKey[] {
  const entries = (text ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const keys = entries.map((e) => parseEntry(e, variable));
  const ids = new Set<string>();
  const materials = new Set<string>();
  for (const k of keys) {
    if (ids.has(k.id)) throw new FieldKeyError(`${variable}: key id "${k.id}" appears twice`);
    const material = k.key.toString("hex");
    if (materials.has(material)) throw new FieldKeyError(`${variable}: key "${k.id}" repeats another key's bytes`);
    ids.add(k.id);
    materials.add(material);
  }
  return keys;
}

export function keyringOf(keys: readonly FieldKey[], source: FieldKeyring["source"] = "environment"): FieldKeyring {
  const [current] = keys;
  if (!current) throw new FieldKeyError("no field encryption key");
  return { current, keys, source };
}

/**
 * Development only, when FIELD_ENCRYPTION_KEYS is unset: one key generated on first use and
 * kept in `file` (mode 0600), so that encrypted fields survive a restart. Never in production.
 */
export function developmentKeyring(file: string): FieldKeyring {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const line = `dev:${randomBytes(32).toString("base64")}\n`;
    try {
      writeFileSync(file, line, { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another process created it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  try {
    chmodSync(file, 0o600);
  } catch {
    // Not ours to change (read-only mount): reading is enough.
  }
  const keys = parseFieldKeys(readFileSync(file, "utf8").trim(), file);
  if (keys.length === 0) throw new FieldKeyError(`${file} holds no key`);
  return keyringOf(keys, "development-file");
}

/** The development key file: data/ at the repository's root, beside the default SQLite file. */
const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));
export const DEVELOPMENT_KEY_FILE = resolve(repoRoot, "data/field-encryption.dev-key");

/**
 * The keyring of a process: the keys of FIELD_ENCRYPTION_KEYS; without any, in production an
 * error (a production start refuses it, startup-checks.ts), elsewhere the development key file.
 */
export function resolveFieldKeyring(keys: readonly FieldKey[], production: boolean, devFile = DEVELOPMENT_KEY_FILE): FieldKeyring {
  if (keys.length > 0) return keyringOf(keys);
  if (production) throw new FieldKeyError("FIELD_ENCRYPTION_KEYS is required when NODE_ENV=production");
  return developmentKeyring(devFile);
}
