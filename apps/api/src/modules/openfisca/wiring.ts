import type { AppConfig } from "../../config.ts";
import { workerPool } from "../../worker-pool/pool.ts";
import { openfiscaConfigFrom } from "./config.ts";
import { OPENFISCA_ERRORS, openfiscaError } from "./errors.ts";

const WORKER = new URL("./limits/engine-worker.ts", import.meta.url);

/** The public engine's settings and its worker processes (started at the first request, closed with the app). */
export function openfiscaServices(config: AppConfig) {
  const { rateLimitMax, limits } = openfiscaConfigFrom(config.env);
  const pool = workerPool({
    worker: WORKER,
    limits,
    errors: OPENFISCA_ERRORS,
    busy: () => openfiscaError("OPENFISCA_BUSY"),
    limitExceeded: (bound, limit) =>
      openfiscaError("OPENFISCA_LIMIT_EXCEEDED", {
        message: `Le calcul dépasse la borne « ${bound} » (au plus ${limit}) : simplifiez la situation ou demandez moins de périodes.`,
        details: { bound, limit },
      }),
  });
  return { limits, rateLimitMax, pool };
}

export type OpenfiscaServices = ReturnType<typeof openfiscaServices>;
