import { ErrorBody, HealthView } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors/app-error.ts";
import { healthRepository } from "./repository.ts";

export const APP_VERSION = "0.1.0";

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["système"],
        summary: "État du service et de la base de données",
        response: { 200: HealthView, 503: ErrorBody },
      },
    },
    async () => {
      const { db, dialect } = app.services.database;
      try {
        await healthRepository(db).ping();
      } catch (error) {
        app.log.error({ err: error }, "health check: database unreachable");
        throw new AppError("DATABASE_UNAVAILABLE");
      }
      return { status: "ok" as const, database: "ok" as const, dialect, version: APP_VERSION };
    },
  );
}
