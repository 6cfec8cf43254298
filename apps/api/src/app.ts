import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import type { DatabaseHandle } from "@zero/db";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { AppConfig } from "./config.ts";
import { AppError } from "./errors/app-error.ts";
import { composeErrorCatalogue } from "./errors/catalogue.ts";
import { errorCatalogueRoutes } from "./errors/routes.ts";
import { logOptions } from "./logging.ts";
import { auditRoutes } from "./modules/audit/routes.ts";
import { proconnectRoutes } from "./modules/auth/proconnect/routes.ts";
import { authRoutes } from "./modules/auth/routes.ts";
import { totpRoutes } from "./modules/auth/totp/routes.ts";
import { healthRoutes } from "./modules/health/routes.ts";
import { API_MODULES } from "./modules/index.ts";
import type { ApiModule } from "./modules/module.ts";
import { organisationsRoutes } from "./modules/organisations/routes.ts";
import { errorsPlugin } from "./plugins/errors.ts";
import { addStrictDateTime, inputGuardsPlugin } from "./plugins/input-guards.ts";
import { openapiPlugin } from "./plugins/openapi.ts";
import { securityHeadersPlugin } from "./plugins/security-headers.ts";
import { sessionPlugin } from "./plugins/session.ts";
import { strictBodiesSchemaController } from "./plugins/strict-validation.ts";
import { webPlugin } from "./plugins/web.ts";
import { buildServices, type Services } from "./services.ts";

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}

export interface BuildAppOptions {
  config: AppConfig;
  database: DatabaseHandle;
  /** Overrides the logger (tests pass a stream to read what would be logged). */
  logger?: FastifyServerOptions["logger"];
  /** The modules to serve; the list of modules/index.ts unless a test brings its own. */
  modules?: readonly ApiModule<unknown>[];
}

/** Builds the whole API without listening: tests call `inject()` on it, server.ts listens. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const modules = options.modules ?? (API_MODULES as readonly ApiModule<unknown>[]);
  const app = Fastify({
    logger: options.logger ?? logOptions(config.logLevel),
    bodyLimit: 1024 * 1024,
    // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY), never from any client.
    trustProxy: config.trustProxy,
    // Bodies are never coerced, and unknown properties are refused (additionalProperties: false),
    // never silently dropped (removeAdditional: false); query strings keep their coercion.
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true },
      onCreate: addStrictDateTime,
    },
    schemaController: strictBodiesSchemaController(),
  });
  const services = buildServices(database, config, modules);
  app.decorate("services", services);

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, {
    production: config.production,
    publicPrefixes: modules.filter((m) => m.public === true).map((m) => m.prefix),
  });
  await app.register(inputGuardsPlugin);
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError("RATE_LIMITED"),
  });
  await app.register(openapiPlugin);
  await app.register(sessionPlugin);

  await app.register(healthRoutes);
  await app.register(errorCatalogueRoutes, { catalogue: composeErrorCatalogue(modules) });
  await app.register(authRoutes(config));
  await app.register(totpRoutes(config));
  await app.register(proconnectRoutes(config));
  await app.register(organisationsRoutes);
  await app.register(auditRoutes);
  for (const module of modules) {
    await app.register(module.routes, { prefix: module.prefix, services: services.of(module), retention: services.retention });
  }

  await app.register(webPlugin, { webDist: config.webDist });
  return app;
}
