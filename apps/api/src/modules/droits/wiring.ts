import type { AppConfig } from "../../config.ts";
import { workerPool } from "../../worker-pool/pool.ts";
import { openfiscaConfigFrom } from "../openfisca/config.ts";
import { DROITS_ERRORS, droitsError } from "./errors.ts";

const WORKER = new URL("./worker.ts", import.meta.url);

/**
 * Mes droits reads the same situations as the OpenFisca API, under the same bounds
 * (`OPENFISCA_*`), with a pool of its own (`DROITS_WORKERS`, default 1; decision 0028).
 */
export function droitsServices(config: AppConfig) {
  const { rateLimitMax, limits } = openfiscaConfigFrom(config.env);
  const workers = Number(config.env.DROITS_WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`DROITS_WORKERS must be a positive integer, got "${config.env.DROITS_WORKERS}"`);
  const pool = workerPool({
    worker: WORKER,
    limits: { ...limits, workers },
    errors: DROITS_ERRORS,
    busy: () => droitsError("DROITS_BUSY"),
    limitExceeded: (bound, limit) =>
      droitsError("DROITS_LIMIT_EXCEEDED", {
        message: `Le calcul dépasse la borne « ${bound} » (au plus ${limit}) : simplifiez la situation.`,
        details: { bound, limit },
      }),
  });
  return { limits, rateLimitMax, pool };
}

export type DroitsServices = ReturnType<typeof droitsServices>;
