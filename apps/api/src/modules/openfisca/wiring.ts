import type { AppConfig } from "../../config.ts";
import { openfiscaConfigFrom } from "./config.ts";
import { enginePool } from "./limits/engine-pool.ts";

/** The public engine's settings and its worker processes (started at the first request, closed with the app). */
export function openfiscaServices(config: AppConfig) {
  const { rateLimitMax, limits } = openfiscaConfigFrom(config.env);
  return { limits, rateLimitMax, pool: enginePool(limits) };
}

export type OpenfiscaServices = ReturnType<typeof openfiscaServices>;
