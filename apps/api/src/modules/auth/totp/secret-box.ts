import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

// TOTP secrets are stored sealed with AES-256-GCM: a copy of the database (or of a backup)
// gives no usable second factor without the key, which lives in the environment.
// The user's id is the additional authenticated data: a sealed secret copied onto another
// account does not open.

const VERSION = "v1";

/** The 32-byte key: from TOTP_ENCRYPTION_KEY, else derived from the session secret (HKDF-SHA-256). */
export function totpKey(encryptionKey: string | undefined, sessionSecret: string): Buffer {
  if (encryptionKey) return createHash("sha256").update(encryptionKey, "utf8").digest();
  return Buffer.from(hkdfSync("sha256", sessionSecret, "zero", "totp-secret-box", 32));
}

export function sealSecret(key: Buffer, userId: string, secret: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The secret, or null when the box was sealed with another key or for another user. */
export function openSecret(key: Buffer, userId: string, box: string): Buffer | null {
  const [version, payload] = box.split(":");
  if (version !== VERSION || !payload) return null;
  const raw = Buffer.from(payload, "base64url");
  if (raw.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  } catch {
    return null;
  }
}
