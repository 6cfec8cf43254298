import { defineModule } from "../module.ts";
import { OPENFISCA_ERRORS } from "./errors.ts";
import { OPENFISCA_PREFIX, openfiscaRoutes } from "./routes.ts";
import { openfiscaServices } from "./wiring.ts";

/** OpenFisca's Web API over the French model: public, no tables, no roles (docs/decisions/0009, 0017). */
export const openfiscaModule = defineModule({
  name: "openfisca",
  prefix: OPENFISCA_PREFIX,
  public: true,
  db: null,
  errors: OPENFISCA_ERRORS,
  permissions: {},
  services: ({ config }) => openfiscaServices(config),
  routes: openfiscaRoutes,
});
