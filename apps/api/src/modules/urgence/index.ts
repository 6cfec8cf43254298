import { urgenceDb } from "@zero/db/modules/urgence";
import { URGENCE_ROUTES } from "@zero/schemas";
import { defineModule } from "../module.ts";
import { urgenceConfigFrom } from "./config.ts";
import { URGENCE_ERRORS } from "./errors.ts";
import { PERSON_ROLES, URGENCE_PERMISSIONS, URGENCE_ROLE_KINDS } from "./permissions.ts";
import { urgenceRoutes } from "./routes.ts";
import { urgenceServices } from "./service.ts";
import { inactivityScheduler } from "./settings/inactivity-scheduler.ts";

/** Urgence sociale: by-name list, encounters, requests, places, orientation, dashboard (docs/urgence.md). */
export const urgenceModule = defineModule({
  name: "urgence",
  // Written once, in the route table the API and the web share (packages/schemas/src/urgence/paths.ts).
  prefix: URGENCE_ROUTES.people.list.prefix,
  db: urgenceDb,
  errors: URGENCE_ERRORS,
  permissions: URGENCE_PERMISSIONS,
  roleKinds: URGENCE_ROLE_KINDS,
  // Whoever reads or writes named people of the by-name list.
  secondFactorRoles: PERSON_ROLES,
  services: ({ db, audit, fields, config }) => urgenceServices({ db, audit, fields, config: urgenceConfigFrom(config.env) }),
  routes: urgenceRoutes,
  // A role that opens people's records is admitted by the organisation's SIAO network.
  admitted: (services) => services.networks.roleAdmitted,
  // The inactivity policy of every network, at start and then on an interval.
  jobs: (services, { log }) => [
    inactivityScheduler(services.settings, log, { intervalMinutes: services.config.inactivityIntervalMinutes }),
  ],
  // A person not active and not met for RETENTION_URGENCE_MONTHS is erased; decided proposals go too.
  retention: (services) => services.retention,
});
