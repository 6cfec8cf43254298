import type { DatabaseHandle } from "@zero/db";
import type { AppConfig } from "./config.ts";
import { ConfigError } from "./config.ts";
import { fieldKeyProblems } from "./field-encryption/config.ts";
import { verifyPassword } from "./modules/auth/passwords.ts";
import { DEMO_PASSWORD } from "./seed/demo-data.ts";

/**
 * Session secrets published in this repository (tests, browser suite, docs): whoever reads the
 * code could sign a session cookie with them.
 */
export const PUBLISHED_SECRETS = [
  "test-secret-test-secret-test-secret-0123",
  "e2e-session-secret-not-for-production-0123456789",
  "change-me-change-me-change-me-change-me",
];

/** Demo accounts are fictional addresses under the reserved `.example` domain (RFC 2606). */
const DEMO_EMAIL = "%.example";

function weakSecret(secret: string): string | undefined {
  if (PUBLISHED_SECRETS.includes(secret)) return "SESSION_SECRET is a value published in the repository";
  if (new Set(secret).size < 8) return "SESSION_SECRET has too few distinct characters (use openssl rand -hex 32)";
  return undefined;
}

/**
 * What a production start refuses (docs/security.md): demo data switched on, a published or
 * trivial session secret, and demo accounts still present with their published password.
 * Returns the problems; server.ts stops when there is any.
 */
export async function productionProblems(config: AppConfig, database: DatabaseHandle): Promise<string[]> {
  if (!config.production) return [];
  const problems: string[] = [];
  if (config.seedDemo) problems.push("SEED_DEMO=true: demo data has published passwords and cannot run in production");
  const secret = weakSecret(config.sessionSecret);
  if (secret) problems.push(secret);
  problems.push(...fieldKeyProblems(config.fieldEncryptionKeys));
  const demoAccounts = await database.db
    .selectFrom("users")
    .select(["email", "password_hash"])
    .where("email", "like", DEMO_EMAIL)
    .where("disabled_at", "is", null)
    .limit(50)
    .execute();
  let withDemoPassword = 0;
  for (const account of demoAccounts) {
    if (await verifyPassword(account.password_hash, DEMO_PASSWORD)) withDemoPassword++;
  }
  if (withDemoPassword > 0) {
    problems.push(
      `the database holds ${withDemoPassword} demo account(s) with the published demo password: ` +
        "use a database without demo data (SEED_DEMO was on when it was created)",
    );
  }
  return problems;
}

/** Throws a ConfigError listing every problem of a production start. */
export async function assertProductionReady(config: AppConfig, database: DatabaseHandle): Promise<void> {
  const problems = await productionProblems(config, database);
  if (problems.length > 0) {
    throw new ConfigError(`refusing to start in production:\n- ${problems.join("\n- ")}`);
  }
}
