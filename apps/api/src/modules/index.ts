import { droitsModule } from "./droits/index.ts";
import { openfiscaModule } from "./openfisca/index.ts";
import { urgenceModule } from "./urgence/index.ts";

/**
 * The one list of the API's modules: app.ts registers their routes, services.ts builds their
 * services, the error catalogue, the role rules and the background jobs are composed from it.
 * A new module adds its folder and one line here (docs/architecture.md, "A new module").
 */
export const API_MODULES = [urgenceModule, openfiscaModule, droitsModule] as const;

export type ApiModules = typeof API_MODULES;
