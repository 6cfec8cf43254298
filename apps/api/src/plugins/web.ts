import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { apiNotFound } from "./errors.ts";

/**
 * Vite names the files of dist/assets by their content's hash: a browser keeps them a year.
 * index.html and the other files keep their name across builds: revalidated every time.
 */
export function cacheControlFor(webDist: string, path: string): string {
  const hashed = relative(webDist, path).split(sep)[0] === "assets";
  return hashed ? "public, max-age=31536000, immutable" : "no-cache";
}

/**
 * Serves the built web app and sends index.html for the app's own routes (client-side
 * routing). Unknown /api paths stay JSON errors.
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { webDist: string }) => {
  const hasWeb = existsSync(join(options.webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: options.webDist,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (reply, path) => reply.header("cache-control", cacheControlFor(options.webDist, path)),
    });
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
