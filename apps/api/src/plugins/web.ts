import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { apiNotFound } from "./errors.ts";

/**
 * Serves the built web app and sends index.html for the app's own routes (client-side
 * routing). Unknown /api paths stay JSON errors.
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { webDist: string }) => {
  const hasWeb = existsSync(join(options.webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: options.webDist, wildcard: false, index: false });
  } else {
    app.log.warn("web app not built: run `npm run build:web` to serve it");
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url === "/api" || request.url.startsWith("/api/");
    if (!isApi && hasWeb && request.method === "GET") {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    throw apiNotFound();
  });
});
