import type { FastifyInstance } from "fastify";
import { coordinationRoutes } from "./routes/coordination.ts";
import { exportRoutes } from "./routes/export.ts";
import { mapRoutes } from "./routes/map.ts";
import { operationsRoutes } from "./routes/operations.ts";
import { peopleRoutes } from "./routes/people.ts";
import { proposalsRoutes } from "./routes/proposals.ts";

/** The Urgence sociale module: by-name list, encounters, requests, places, orientation, dashboard. */
export async function urgenceRoutes(app: FastifyInstance): Promise<void> {
  await app.register(peopleRoutes);
  await app.register(proposalsRoutes);
  await app.register(operationsRoutes);
  await app.register(coordinationRoutes);
  await app.register(mapRoutes);
  await app.register(exportRoutes);
}
