import { ConfigError } from "../../config.ts";
import { engineLimitsFrom, type EngineLimits } from "./limits/config.ts";

/** The public OpenFisca Web API's settings, read from the environment (docs/configuration.md). */
export interface OpenfiscaConfig {
  /** Requests per minute and address (OPENFISCA_RATE_LIMIT_MAX). */
  rateLimitMax: number;
  /** Bounds, workers and time limit of the public engine (OPENFISCA_*, limits/config.ts). */
  limits: EngineLimits;
}

export function openfiscaConfigFrom(env: Readonly<NodeJS.ProcessEnv>): OpenfiscaConfig {
  const fail = (message: string) => new ConfigError(message);
  const raw = env.OPENFISCA_RATE_LIMIT_MAX;
  let rateLimitMax = 600;
  if (raw !== undefined && raw !== "") {
    rateLimitMax = Number(raw);
    if (!Number.isInteger(rateLimitMax) || rateLimitMax <= 0)
      throw fail(`OPENFISCA_RATE_LIMIT_MAX must be a positive integer, got "${raw}"`);
  }
  return { rateLimitMax, limits: engineLimitsFrom(env, fail) };
}
