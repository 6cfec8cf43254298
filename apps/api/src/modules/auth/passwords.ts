import { hash, verify } from "@node-rs/argon2";
import { assertAcceptablePassword, type PasswordContext } from "./password-rules.ts";

// Argon2id with the OWASP minimum profile (19 MiB, 2 passes, 1 lane). The numeric
// algorithm id is used because the package exports a const enum (2 = Argon2id).
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * The hash of a password a person chooses (account creation, change, reset), after the rules of
 * password-rules.ts: PASSWORD_TOO_WEAK names what is wrong. `hashPassword` alone is for the seed.
 */
export async function hashNewPassword(password: string, context: PasswordContext, field = "password"): Promise<string> {
  assertAcceptablePassword(password, context, field);
  return hashPassword(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the email is unknown, so that a wrong email and a wrong
 * password take the same time and an attacker cannot list accounts.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("zero-decoy-password-for-timing");
  return decoyHash;
}
