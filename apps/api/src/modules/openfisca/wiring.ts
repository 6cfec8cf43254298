import type { AppConfig } from "../../config.ts";
import { enginePool } from "./limits/engine-pool.ts";

/** The public engine's bounds and its worker processes (started at the first request, closed with the app). */
export function openfiscaServices(config: AppConfig) {
  return { limits: config.openfisca, rateLimitMax: config.openfiscaRateLimitMax, pool: enginePool(config.openfisca) };
}

export type OpenfiscaServices = ReturnType<typeof openfiscaServices>;
