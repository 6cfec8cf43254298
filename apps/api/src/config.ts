import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
  loginRateLimit: { max: number; windowMinutes: number };
  /** Requests per minute and address on the public OpenFisca Web API. */
  openfiscaRateLimitMax: number;
  /** Minutes between two automatic runs of the urgence inactivity rule (0: at start only). */
  urgenceInactivityIntervalMinutes: number;
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

function nonNegativeIntFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${name} must be a whole number of minutes (0 or more), got "${raw}"`);
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
    databaseUrl: env.DATABASE_URL ?? resolve(repoRoot, "data/zero.sqlite"),
    sessionSecret,
    sessionTtlHours: intFrom(env, "SESSION_TTL_HOURS", 12),
    cookieSecure: boolFrom(env, "COOKIE_SECURE", production),
    logLevel: env.LOG_LEVEL ?? "info",
    webDist: env.WEB_DIST ?? resolve(repoRoot, "apps/web/dist"),
    seedDemo: boolFrom(env, "SEED_DEMO", true),
    loginRateLimit: {
      max: intFrom(env, "LOGIN_RATE_LIMIT_MAX", 10),
      windowMinutes: intFrom(env, "LOGIN_RATE_LIMIT_WINDOW_MINUTES", 15),
    },
    openfiscaRateLimitMax: intFrom(env, "OPENFISCA_RATE_LIMIT_MAX", 600),
    urgenceInactivityIntervalMinutes: nonNegativeIntFrom(env, "URGENCE_INACTIVITY_INTERVAL_MINUTES", 360),
  };
}
