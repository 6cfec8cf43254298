import { defineModule } from "../module.ts";
import { DROITS_ERRORS } from "./errors.ts";
import { DROITS_PREFIX, droitsRoutes } from "./routes.ts";
import { droitsServices } from "./wiring.ts";

/** Mes droits: a public rights check (issue 14): explanations and the questionnaire; no tables, no roles. */
export const droitsModule = defineModule({
  name: "droits",
  prefix: DROITS_PREFIX,
  public: true,
  db: null,
  errors: DROITS_ERRORS,
  permissions: {},
  services: ({ config }) => droitsServices(config),
  routes: droitsRoutes,
});
