import { nowIso, uuidv7, type UrgenceTables } from "@zero/db";
import type { SectorBody, SectorGeometry, SectorView, UpdateSectorBody } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { codes, toJson } from "../shared.ts";
import { validGeometry, type SectorShape } from "./geometry.ts";
import type { SectorsRepository } from "./repository.ts";
import { urgenceError } from "../errors.ts";

type SectorRow = UrgenceTables["urgence_sectors"];

function parseGeometry(text: string | null): SectorGeometry | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as SectorGeometry;
  } catch {
    return null;
  }
}

export function sectorView(row: SectorRow): SectorView {
  return {
    id: row.id,
    networkId: row.siao_organisation_id,
    organisationId: row.organisation_id,
    name: row.name,
    geometry: parseGeometry(row.geometry_json),
    arrondissements: codes(row.arrondissements),
    updatedAt: row.updated_at,
  };
}

export function sectorShape(row: SectorRow): SectorShape {
  return { id: row.id, name: row.name, geometry: parseGeometry(row.geometry_json), arrondissements: codes(row.arrondissements) };
}

interface Deps {
  repo: SectorsRepository;
  access: UrgenceAccess;
  audit: AuditService;
}

/**
 * Sectors of the teams (not personal data): every member of the network reads them;
 * coordinators write them — the SIAO's for every team of the network, a team's own
 * coordinator for that team's sectors. Every change is audited.
 */
export function sectorsService({ repo, access, audit }: Deps) {
  async function mayWrite(principal: Principal, networkId: string, organisationId: string): Promise<void> {
    const allowed = await access.network(principal, "urgence:sector:write", networkId);
    if (!allowed.some((m) => m.organisationId === networkId || m.organisationId === organisationId)) throw new AppError("FORBIDDEN");
    if ((await access.networksOf([organisationId])).get(organisationId) !== networkId) throw urgenceError("URGENCE_NOT_IN_NETWORK");
  }

  function checkGeometry(g: SectorGeometry | null | undefined): void {
    if (g && !validGeometry(g)) throw urgenceError("URGENCE_SECTOR_INVALID");
  }

  async function find(principal: Principal, id: string): Promise<SectorRow> {
    const row = await repo.find(id);
    if (!row) throw new AppError("NOT_FOUND");
    await access.network(principal, "urgence:structure:read", row.siao_organisation_id);
    return row;
  }

  const record = (principal: Principal, action: string, row: SectorRow, purpose: string) =>
    audit.record({
      actor: principal,
      action,
      resourceType: "urgence_sector",
      resourceId: row.id,
      organisationId: row.organisation_id,
      purpose,
      outcome: "success",
    });

  return {
    async list(principal: Principal, networkId: string): Promise<SectorView[]> {
      await access.network(principal, "urgence:structure:read", networkId);
      return (await repo.inNetwork(networkId)).map(sectorView);
    },

    async create(principal: Principal, body: SectorBody): Promise<SectorView> {
      await mayWrite(principal, body.networkId, body.organisationId);
      checkGeometry(body.geometry);
      const name = body.name.trim();
      if (await repo.nameTaken(body.networkId, name)) throw urgenceError("URGENCE_SECTOR_NAME_TAKEN");
      const now = nowIso();
      const row: SectorRow = {
        id: uuidv7(),
        siao_organisation_id: body.networkId,
        organisation_id: body.organisationId,
        name,
        geometry_json: body.geometry ? JSON.stringify(body.geometry) : null,
        arrondissements: toJson(body.arrondissements),
        created_at: now,
        updated_at: now,
        updated_by_user_id: principal.userId,
      };
      await repo.create(row);
      await record(principal, "create", row, body.purpose);
      return sectorView(row);
    },

    async update(principal: Principal, id: string, body: UpdateSectorBody): Promise<SectorView> {
      const row = await find(principal, id);
      await mayWrite(principal, row.siao_organisation_id, row.organisation_id);
      if (body.organisationId) await mayWrite(principal, row.siao_organisation_id, body.organisationId);
      checkGeometry(body.geometry);
      const name = body.name?.trim() ?? row.name;
      if (await repo.nameTaken(row.siao_organisation_id, name, row.id)) throw urgenceError("URGENCE_SECTOR_NAME_TAKEN");
      const next: SectorRow = {
        ...row,
        name,
        organisation_id: body.organisationId ?? row.organisation_id,
        geometry_json: body.geometry === undefined ? row.geometry_json : body.geometry === null ? null : JSON.stringify(body.geometry),
        arrondissements: body.arrondissements ? toJson(body.arrondissements) : row.arrondissements,
        updated_at: nowIso(),
        updated_by_user_id: principal.userId,
      };
      await repo.update(id, next);
      await record(principal, "update", next, body.purpose);
      return sectorView(next);
    },

    async remove(principal: Principal, id: string, purpose: string): Promise<void> {
      const row = await find(principal, id);
      await mayWrite(principal, row.siao_organisation_id, row.organisation_id);
      await repo.remove(id);
      await record(principal, "delete", row, purpose);
    },

    /** The network's sectors as shapes, for the map (no access check: the caller did it). */
    async shapes(networkId: string): Promise<{ rows: SectorRow[]; shapes: SectorShape[] }> {
      const rows = await repo.inNetwork(networkId);
      return { rows, shapes: rows.map(sectorShape) };
    },
  };
}

export type SectorsService = ReturnType<typeof sectorsService>;
