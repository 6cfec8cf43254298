import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrlFrom } from "@zero/db";
import type { FieldKey } from "@zero/db/field-encryption";
import { fieldEncryptionKeysFrom } from "./field-encryption/config.ts";
import { accountConfigFrom, type AccountConfig } from "./modules/auth/account-config.ts";
import { proconnectConfigFrom, type ProConnectConfig } from "./modules/auth/proconnect/config.ts";
import { totpConfigFrom, type TotpConfig } from "./modules/auth/totp/config.ts";
import { retentionConfigFrom, type RetentionConfig } from "./modules/retention/config.ts";

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  sessionSecret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  logLevel: string;
  /** Folder of the built web app; served at / when it exists. */
  webDist: string;
  seedDemo: boolean;
  /** Whether NODE_ENV=production: the start refuses demo data and default secrets (startup-checks.ts). */
  production: boolean;
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For is believed (IPs, CIDR ranges or
   * proxy-addr's names "loopback", "linklocal", "uniquelocal"); false: no proxy, the socket's address.
   */
  trustProxy: string[] | false;
  loginRateLimit: { max: number; windowMinutes: number };
  /** Retention periods and the purge's interval (RETENTION_*, modules/retention). */
  retention: RetentionConfig;
  /** Sign-in with ProConnect (PROCONNECT_*); null: off, its routes answer 404 PROCONNECT_DISABLED. */
  proconnect: ProConnectConfig | null;
  /** The TOTP second factor of password logins (REQUIRE_TOTP_FOR_URGENCE, TOTP_ENCRYPTION_KEY). */
  totp: TotpConfig;
  /** Sessions' idle end and cap, failed-login lockout, password reset and its mail (modules/auth/account-config.ts). */
  account: AccountConfig;
  /** FIELD_ENCRYPTION_KEYS: the keys of the fields sealed at rest, the current one first ([]: development key file). */
  fieldEncryptionKeys: FieldKey[];
  /**
   * The environment this was read from: each module reads its own settings from it, when its
   * services are built (its `config.ts`; docs/configuration.md lists them all).
   */
  env: Readonly<NodeJS.ProcessEnv>;
}

export class ConfigError extends Error {}

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function proxyListFrom(env: NodeJS.ProcessEnv): string[] | false {
  const raw = env.TRUST_PROXY?.trim() ?? "";
  if (raw === "" || ["0", "false", "no"].includes(raw.toLowerCase())) return false;
  const entries = raw
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  for (const entry of entries) {
    if (PROXY_NAMES.has(entry)) continue;
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = family === 6 ? 128 : 32;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new ConfigError(
        `TRUST_PROXY must list proxy addresses or CIDR ranges separated by commas (e.g. 10.0.0.1,192.168.0.0/16), got "${entry}"`,
      );
    }
  }
  return entries;
}

/** Reads the configuration from the environment; docs/configuration.md lists every variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === "production";
  let sessionSecret = env.SESSION_SECRET ?? "";
  if (sessionSecret === "") {
    if (production) throw new ConfigError("SESSION_SECRET is required when NODE_ENV=production");
    // Development: a fresh secret per start; sessions do not survive a restart.
    sessionSecret = randomBytes(32).toString("hex");
  } else if (sessionSecret.length < 32) {
    throw new ConfigError("SESSION_SECRET must be at least 32 characters long");
  }
  return {
    port: intFrom(env, "PORT", 3000),
    host: env.HOST ?? "0.0.0.0",
    // DATABASE_URL, else data/zero.sqlite: said in @zero/db, so `zero backup` and `zero restore` mean the same base.
    databaseUrl: databaseUrlFrom(env),
    sessionSecret,
    sessionTtlHours: intFrom(env, "SESSION_TTL_HOURS", 12),
    cookieSecure: boolFrom(env, "COOKIE_SECURE", production),
    logLevel: env.LOG_LEVEL ?? "info",
    webDist: env.WEB_DIST ?? resolve(repoRoot, "apps/web/dist"),
    // Opt-in: the demo accounts have a published password (`npm start` turns it on for development).
    seedDemo: boolFrom(env, "SEED_DEMO", false),
    production,
    trustProxy: proxyListFrom(env),
    loginRateLimit: {
      max: intFrom(env, "LOGIN_RATE_LIMIT_MAX", 10),
      windowMinutes: intFrom(env, "LOGIN_RATE_LIMIT_WINDOW_MINUTES", 15),
    },
    retention: retentionConfigFrom(env, (message) => new ConfigError(message)),
    proconnect: proconnectConfigFrom(env, (message) => new ConfigError(message)),
    totp: totpConfigFrom(
      env,
      (name, fallback) => boolFrom(env, name, fallback),
      (message) => new ConfigError(message),
    ),
    account: accountConfigFrom(env, { production, port: intFrom(env, "PORT", 3000) }, (m) => new ConfigError(m)),
    fieldEncryptionKeys: fieldEncryptionKeysFrom(env, (message) => new ConfigError(message)),
    env: { ...env },
  };
}
