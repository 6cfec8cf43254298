import type { Database, DbModule, Role } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { PermissionTable, RoleKinds } from "../authz/policy.ts";
import type { AppConfig } from "../config.ts";
import type { ErrorTable } from "../errors/catalogue.ts";
import type { AuditService } from "./audit/service.ts";
import type { RetentionRule } from "./retention/rule.ts";
import type { RetentionService } from "./retention/service.ts";

/** What the platform hands a module to build its services: nothing module-specific. */
export interface ModuleContext {
  db: Kysely<Database>;
  audit: AuditService;
  /** Seals and opens the encrypted columns (ADR 0019). */
  fields: FieldCipher;
  config: AppConfig;
}

/** What a module's routes receive beside their own services. */
export interface ModuleRouteOptions<S> {
  services: S;
  retention: RetentionService;
}

/** A background job a module runs while the server listens (server.ts starts and stops it). */
export interface ModuleJob {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A module, as one object: the rest of the API knows nothing else of it. Its HTTP routes are
 * registered under `prefix`; its error codes start with its name in capitals, its permissions
 * with its name and a colon (tests/modules.test.ts checks both); its tables and migrations are
 * in packages/db/src/<module>, listed in packages/db/src/modules.ts.
 */
export interface ApiModule<S = unknown> {
  readonly name: string;
  readonly prefix: string;
  /** Serves no personal data (no session, cacheable answers): the public OpenFisca API. */
  readonly public?: boolean;
  /** Its tables, roles and migrations (packages/db/src/<module>/index.ts), or none. */
  readonly db: DbModule<unknown> | null;
  readonly errors: ErrorTable;
  readonly permissions: PermissionTable;
  /** Kinds of organisation in which each of its roles may be granted (others: anywhere). */
  readonly roleKinds?: RoleKinds;
  /** Roles that call for a second factor at login (TOTP, or ProConnect's 2FA level). */
  readonly secondFactorRoles?: readonly Role[];
  services(context: ModuleContext): S;
  /** Its routes, registered with `{ prefix, services, retention }` as options. */
  routes(app: FastifyInstance, options: ModuleRouteOptions<S>): Promise<void>;
  /** Whether the module admits `role` for the organisation (Urgence: the SIAO network decides). */
  admitted?(services: S): (organisationId: string, role: Role) => Promise<boolean>;
  /** Its records' retention rule, run by the platform's purge (modules/retention). */
  retention?(services: S): RetentionRule;
  /** Jobs to run while the server listens. */
  jobs?(services: S, context: { config: AppConfig; log: FastifyBaseLogger }): ModuleJob[];
}

/** Declares a module, inferring its services' type from `services`. */
export function defineModule<S>(module: ApiModule<S>): ApiModule<S> {
  return module;
}
