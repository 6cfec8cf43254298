import type { FastifyInstance } from "fastify";
import { dashboardRoutes } from "./dashboard/routes.ts";
import { duplicatesRoutes } from "./duplicates/routes.ts";
import { encountersRoutes } from "./encounters/routes.ts";
import { exportRoutes } from "./export/routes.ts";
import { mapRoutes } from "./map/routes.ts";
import { matchingRoutes } from "./matching/routes.ts";
import { networksRoutes } from "./networks/routes.ts";
import { peopleRoutes } from "./people/routes.ts";
import { proposalsRoutes } from "./proposals/routes.ts";
import { requestsRoutes } from "./requests/routes.ts";
import type { UrgenceRouteOptions } from "./service.ts";
import { sectorsRoutes } from "./sectors/routes.ts";
import { settingsRoutes } from "./settings/routes.ts";
import { structuresRoutes } from "./structures/routes.ts";

/** One plugin per feature folder (`<feature>/{routes, service, repository}.ts`), each given the module's services. */
const FEATURES = [
  peopleRoutes,
  proposalsRoutes,
  exportRoutes,
  encountersRoutes,
  requestsRoutes,
  structuresRoutes,
  matchingRoutes,
  duplicatesRoutes,
  dashboardRoutes,
  settingsRoutes,
  networksRoutes,
  sectorsRoutes,
  mapRoutes,
];

/** The Urgence sociale routes, registered under /api/urgence by the module's manifest. */
export async function urgenceRoutes(app: FastifyInstance, { services, retention }: UrgenceRouteOptions): Promise<void> {
  // Only these two: the manifest's `prefix` option, already applied here, must not reach the features.
  for (const routes of FEATURES) await app.register(routes, { services, retention });
}
