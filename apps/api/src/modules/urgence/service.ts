import type { Database } from "@zero/db";
import type { FieldCipher } from "@zero/db/field-encryption";
import type { Kysely } from "kysely";
import type { AuditService } from "../audit/service.ts";
import type { ModuleRouteOptions } from "../module.ts";
import { accessRepository } from "./access-repository.ts";
import { urgenceAccess } from "./access.ts";
import { dashboardRepository } from "./dashboard/repository.ts";
import { dashboardService } from "./dashboard/service.ts";
import { duplicatesRepository } from "./duplicates/repository.ts";
import { duplicatesService } from "./duplicates/service.ts";
import { encountersRepository } from "./encounters/repository.ts";
import { encountersService } from "./encounters/service.ts";
import { exportRepository } from "./export/repository.ts";
import { exportService } from "./export/service.ts";
import { mapRepository } from "./map/repository.ts";
import { mapService } from "./map/service.ts";
import { matchingRepository } from "./matching/repository.ts";
import { matchingService } from "./matching/service.ts";
import { networksRepository } from "./networks/repository.ts";
import { networksService } from "./networks/service.ts";
import { peopleRepository } from "./people/repository.ts";
import { peopleService } from "./people/service.ts";
import { proposalsRepository } from "./proposals/repository.ts";
import { proposalsService } from "./proposals/service.ts";
import { requestsRepository } from "./requests/repository.ts";
import { requestsService } from "./requests/service.ts";
import { sectorsRepository } from "./sectors/repository.ts";
import { sectorsService } from "./sectors/service.ts";
import { settingsRepository } from "./settings/repository.ts";
import { settingsService } from "./settings/service.ts";
import type { UrgenceConfig } from "./config.ts";
import { urgenceRetentionRepository } from "./retention/repository.ts";
import { urgenceRetention } from "./retention/service.ts";
import type { AuditBatch } from "./shared.ts";
import { structuresRepository } from "./structures/repository.ts";
import { structuresService } from "./structures/service.ts";

interface Deps {
  db: Kysely<Database>;
  audit: AuditService;
  /** Seals the encrypted columns on write and opens them on read, in the repositories (ADR 0019). */
  fields: FieldCipher;
  config: UrgenceConfig;
}

/** The Urgence sociale services, wired once per app (the module's manifest, index.ts). */
export function urgenceServices({ db, audit, fields, config }: Deps) {
  const access = urgenceAccess(accessRepository(db, fields));
  const auditMany: AuditBatch = (events) => audit.recordMany(events.map((e) => ({ ...e, outcome: "success" })));
  const peopleRepo = peopleRepository(db, fields);
  const structuresRepo = structuresRepository(db);
  const requestsRepo = requestsRepository(db, fields);
  const settingsRepo = settingsRepository(db);
  const people = peopleService({ repo: peopleRepo, access, audit, auditMany });
  const structures = structuresService({ repo: structuresRepo, access, audit });
  const sectors = sectorsService({ repo: sectorsRepository(db), access, audit });
  return {
    people,
    proposals: proposalsService({ repo: proposalsRepository(db), access, people, audit }),
    encounters: encountersService({ repo: encountersRepository(db, fields), access, audit, auditMany }),
    structures,
    sectors,
    map: mapService({ repo: mapRepository(db, fields), structures, sectors, access, audit }),
    networks: networksService({ repo: networksRepository(db), access, audit }),
    requests: requestsService({ repo: requestsRepo, people: peopleRepo, structures: structuresRepo, access, audit, auditMany }),
    matching: matchingService({
      repo: matchingRepository(db),
      requests: requestsRepo,
      structures: structuresRepo,
      settings: settingsRepo,
      access,
      audit,
      auditMany,
    }),
    settings: settingsService({ repo: settingsRepo, people: peopleRepo, access, audit }),
    dashboard: dashboardService({ repo: dashboardRepository(db), access, audit }),
    duplicates: duplicatesService({ repo: duplicatesRepository(db), people: peopleRepo, peopleService: people, access, audit, auditMany }),
    export: exportService({ repo: exportRepository(db, fields), access, audit }),
    retention: urgenceRetention({ repo: urgenceRetentionRepository(db), audit, periods: config.retention }),
    /** How long Urgence keeps its records: a person's data export states it (RGPD article 15). */
    retentionPeriods: config.retention,
    config,
  };
}

export type UrgenceServices = ReturnType<typeof urgenceServices>;
export type UrgenceRouteOptions = ModuleRouteOptions<UrgenceServices>;
