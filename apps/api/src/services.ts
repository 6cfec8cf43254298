import type { DatabaseHandle } from "@zero/db";
import type { AppConfig } from "./config.ts";
import { auditRepository } from "./modules/audit/repository.ts";
import { auditService, type AuditService } from "./modules/audit/service.ts";
import { authRepository } from "./modules/auth/repository.ts";
import { authService, type AuthService } from "./modules/auth/service.ts";
import { organisationsRepository } from "./modules/organisations/repository.ts";
import {
  organisationsService,
  type OrganisationsService,
} from "./modules/organisations/service.ts";
import { urgenceServices, type UrgenceServices } from "./modules/urgence/service.ts";

/** Services are wired here, explicitly, once per app: no registration by import side effect. */
export interface Services {
  database: DatabaseHandle;
  audit: AuditService;
  auth: AuthService;
  organisationsService: OrganisationsService;
  urgence: UrgenceServices;
}

export function buildServices(database: DatabaseHandle, config: AppConfig): Services {
  const audit = auditService(auditRepository(database.db));
  return {
    database,
    audit,
    auth: authService(authRepository(database.db), audit, config.sessionTtlHours),
    organisationsService: organisationsService(organisationsRepository(database.db), audit),
    urgence: urgenceServices(database.db, audit),
  };
}
