import type { Database } from "@zero/db";
import type { Kysely } from "kysely";
import type { AuditService } from "../audit/service.ts";
import { accessRepository } from "./access-repository.ts";
import { urgenceAccess } from "./access.ts";
import { dashboardService } from "./dashboard/service.ts";
import { duplicatesService } from "./duplicates/service.ts";
import { encountersRepository } from "./encounters/repository.ts";
import { encountersService } from "./encounters/service.ts";
import { mapRepository } from "./map/repository.ts";
import { mapService } from "./map/service.ts";
import { matchingService } from "./matching/service.ts";
import { networksRepository } from "./networks/repository.ts";
import { networksService } from "./networks/service.ts";
import { peopleRepository } from "./people/repository.ts";
import { peopleService } from "./people/service.ts";
import { requestsRepository } from "./requests/repository.ts";
import { requestsService } from "./requests/service.ts";
import { sectorsRepository } from "./sectors/repository.ts";
import { sectorsService } from "./sectors/service.ts";
import { settingsRepository } from "./settings/repository.ts";
import { settingsService } from "./settings/service.ts";
import type { AuditBatch } from "./shared.ts";
import { structuresRepository } from "./structures/repository.ts";
import { structuresService } from "./structures/service.ts";

/** The Urgence sociale services, wired once per app (see services.ts). */
export function urgenceServices(db: Kysely<Database>, audit: AuditService) {
  const access = urgenceAccess(accessRepository(db));
  const auditMany: AuditBatch = (events) => audit.recordMany(events.map((e) => ({ ...e, outcome: "success" })));
  const peopleRepo = peopleRepository(db);
  const structuresRepo = structuresRepository(db);
  const requestsRepo = requestsRepository(db);
  const settingsRepo = settingsRepository(db);
  const people = peopleService(peopleRepo, access, audit, auditMany);
  const structures = structuresService(structuresRepo, access, audit);
  const sectors = sectorsService(sectorsRepository(db), access, audit);
  return {
    people,
    encounters: encountersService(encountersRepository(db), access, audit, auditMany),
    structures,
    sectors,
    map: mapService(mapRepository(db), structures, sectors, access, audit),
    networks: networksService(networksRepository(db), access, audit),
    requests: requestsService(requestsRepo, peopleRepo, structuresRepo, access, audit, auditMany),
    matching: matchingService(db, requestsRepo, structuresRepo, settingsRepo, access, audit, auditMany),
    settings: settingsService(settingsRepo, peopleRepo, access, audit),
    dashboard: dashboardService(db, access, audit),
    duplicates: duplicatesService(db, peopleRepo, people, access, audit, auditMany),
  };
}

export type UrgenceServices = ReturnType<typeof urgenceServices>;
