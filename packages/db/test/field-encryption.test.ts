import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  developmentKeyring,
  FieldDecryptionError,
  FieldKeyError,
  fieldCipher,
  keyringOf,
  parseFieldKeys,
  resolveFieldKeyring,
  sealedKeyId,
} from "../src/field-encryption/index.ts";

const key = () => randomBytes(32).toString("base64");
/** The value with one character of its ciphertext changed (not the last: it may hold padding bits). */
const altered = (sealed: string) => {
  const i = sealed.length - 10;
  return `${sealed.slice(0, i)}${sealed[i] === "A" ? "B" : "A"}${sealed.slice(i + 1)}`;
};
const ref = { table: "urgence_encounters", column: "notes", id: "0190-row" };

describe("FIELD_ENCRYPTION_KEYS", () => {
  it("reads id:base64 entries, the first being the current key", () => {
    const keys = parseFieldKeys(` k2:${key()} , k1:${randomBytes(32).toString("base64url")}`);
    expect(keys.map((k) => [k.id, k.key.length])).toEqual([
      ["k2", 32],
      ["k1", 32],
    ]);
    expect(keyringOf(keys).current.id).toBe("k2");
    expect(parseFieldKeys("")).toEqual([]);
  });

  it("refuses a key that is not 32 bytes, a bad id, a repeated id or repeated bytes", () => {
    const k = key();
    const short = randomBytes(16).toString("base64");
    for (const bad of [`k1:${short}`, `k:1:${k}`, k, `k1:${k},k1:${key()}`, `a:${k},b:${k}`]) {
      expect(() => parseFieldKeys(bad), bad).toThrow(FieldKeyError);
    }
  });

  it("asks for keys in production, and outside keeps one development key in a 0600 file across starts", () => {
    const dir = mkdtempSync(join(tmpdir(), "zero-field-key-"));
    try {
      expect(() => resolveFieldKeyring([], true, join(dir, "k"))).toThrow(/required when NODE_ENV=production/);
      const file = join(dir, "sub", "dev-key");
      const first = resolveFieldKeyring([], false, file);
      expect(first.source).toBe("development-file");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const sealed = fieldCipher(first).seal(ref, "note");
      expect(fieldCipher(developmentKeyring(file)).open(ref, sealed)).toBe("note");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("sealed values", () => {
  const old = parseFieldKeys(`old:${key()}`);
  const both = keyringOf([...parseFieldKeys(`new:${key()}`), ...old]);
  const cipher = fieldCipher(both);

  it("open to what was sealed, unicode included; plaintext (legacy) reads as it is", () => {
    for (const text of ["", "é", "Note : 🏥 suivi, «rue» 13001", "x".repeat(5000)]) {
      const sealed = cipher.seal(ref, text);
      expect(sealedKeyId(sealed)).toBe("new");
      expect(cipher.open(ref, sealed)).toBe(text);
    }
    expect(cipher.open(ref, '["pets"]')).toBe('["pets"]');
    expect(sealedKeyId('["pets"]')).toBeNull();
  });

  it("hide the length within 64 bytes and never repeat a ciphertext", () => {
    const a = cipher.seal(ref, '["pets"]');
    const b = cipher.seal(ref, '["medical_care","pets","pregnancy","reduced_mobility"]');
    expect(a.length).toBe(b.length);
    expect(cipher.seal(ref, '["pets"]')).not.toBe(a);
  });

  it("open under an older key while it is listed; need resealing unless under the current one", () => {
    const sealedOld = fieldCipher(keyringOf(old)).seal(ref, "ancienne");
    expect(cipher.open(ref, sealedOld)).toBe("ancienne");
    expect(cipher.needsResealing(sealedOld)).toBe(true);
    expect(cipher.needsResealing("plaintext")).toBe(true);
    expect(cipher.needsResealing(cipher.seal(ref, "x"))).toBe(false);
  });

  it("refuse with an error naming column, row and key: other key, other row, altered, malformed", () => {
    const sealed = cipher.seal(ref, "secret");
    const attempts: [() => string, string][] = [
      [() => fieldCipher(keyringOf(old)).open(ref, sealed), "unknown-key"],
      [() => fieldCipher(keyringOf(parseFieldKeys(`new:${key()}`))).open(ref, sealed), "does-not-open"],
      [() => cipher.open({ ...ref, id: "another-row" }, sealed), "does-not-open"],
      [() => cipher.open({ ...ref, column: "address" }, sealed), "does-not-open"],
      [() => cipher.open(ref, altered(sealed)), "does-not-open"],
      [() => cipher.open(ref, "enc:v1:new:garbage"), "malformed"],
    ];
    for (const [attempt, reason] of attempts) {
      let error: unknown;
      try {
        attempt();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FieldDecryptionError);
      expect((error as FieldDecryptionError).reason).toBe(reason);
      expect((error as Error).message).toMatch(/^urgence_encounters\.\w+ of row [\w-]+ /);
      expect((error as Error).message).not.toContain("secret");
    }
  });
});
