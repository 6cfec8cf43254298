// The TOTP second factor's configuration, read from the environment by config.ts.

export interface TotpConfig {
  /** REQUIRE_TOTP_FOR_URGENCE (default: on in production): a password login holding an Urgence role needs an enrolled TOTP. */
  requireForUrgence: boolean;
  /** TOTP_ENCRYPTION_KEY (at least 32 characters); when unset the key is derived from SESSION_SECRET. */
  encryptionKey: string | undefined;
  /** The issuer shown by authenticator applications. */
  issuer: string;
}

export function totpConfigFrom(
  env: NodeJS.ProcessEnv,
  readBool: (name: string, fallback: boolean) => boolean,
  fail: (message: string) => Error,
): TotpConfig {
  const encryptionKey = env.TOTP_ENCRYPTION_KEY?.trim() || undefined;
  if (encryptionKey !== undefined && encryptionKey.length < 32) {
    throw fail("TOTP_ENCRYPTION_KEY must be at least 32 characters long");
  }
  // On by default in production: a password alone must not open the by-name list there.
  const production = env.NODE_ENV === "production";
  return { requireForUrgence: readBool("REQUIRE_TOTP_FOR_URGENCE", production), encryptionKey, issuer: "Zéro" };
}
