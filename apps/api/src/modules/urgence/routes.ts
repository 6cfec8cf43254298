import type { FastifyInstance } from "fastify";
import { coordinationRoutes } from "./routes/coordination.ts";
import { exportRoutes } from "./routes/export.ts";
import { mapRoutes } from "./routes/map.ts";
import { operationsRoutes } from "./routes/operations.ts";
import { peopleRoutes } from "./routes/people.ts";
import { proposalsRoutes } from "./routes/proposals.ts";
import type { UrgenceRouteOptions } from "./service.ts";

/** The Urgence sociale routes, under /api/urgence: each feature's plugin gets the module's services. */
export async function urgenceRoutes(app: FastifyInstance, options: UrgenceRouteOptions): Promise<void> {
  const { services, retention } = options;
  for (const routes of [peopleRoutes, proposalsRoutes, operationsRoutes, coordinationRoutes, mapRoutes, exportRoutes]) {
    await app.register(routes, { services, retention });
  }
}
