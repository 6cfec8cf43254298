import { nowIso, uuidv7, type UrgenceTables } from "@zero/db";
import type { AvailabilityView, CreateStructureBody, DeclareAvailabilityBody, StructureView } from "@zero/schemas";
import { authorize, roleAllows } from "../permissions.ts";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { codes, today, toJson } from "../shared.ts";
import type { StructuresRepository } from "./repository.ts";

type StructureRow = UrgenceTables["urgence_structures"];
type Line = Awaited<ReturnType<StructuresRepository["linesFor"]>>[number];
interface CapacityLine {
  public: string;
  unitCapacity: number;
  units: number;
  features: string[];
}

function capacityOf(row: StructureRow): CapacityLine[] {
  try {
    const value = JSON.parse(row.capacity_json) as CapacityLine[];
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function structureView(row: StructureRow, lines: Line[], date: string): StructureView {
  const capacity = capacityOf(row);
  const capacityUnits = capacity.reduce((s, c) => s + c.units, 0);
  const own = lines.filter((l) => l.structure_id === row.id);
  const freeUnits = own.reduce((s, l) => s + l.remaining, 0);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    kind: row.kind,
    address: row.address,
    postcode: row.postcode,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    capacity,
    today: {
      date,
      declared: own.length > 0,
      freeUnits,
      capacityUnits,
      saturation: own.length > 0 && capacityUnits > 0 ? Math.max(0, Math.min(1, 1 - freeUnits / capacityUnits)) : null,
    },
  };
}

interface Deps {
  repo: StructuresRepository;
  access: UrgenceAccess;
  audit: AuditService;
}

export function structuresService({ repo, access, audit }: Deps) {
  /** A structure is visible to members of its network who may read structures. */
  async function visible(principal: Principal, id: string): Promise<StructureRow> {
    const row = await repo.find(id);
    if (!row) throw new AppError("NOT_FOUND");
    const network = (await access.networksOf([row.organisation_id])).get(row.organisation_id);
    const mine = await access.networksOf(principal.memberships.map((m) => m.organisationId));
    const reach = principal.memberships.filter(
      (m) => m.organisationId === row.organisation_id || (network !== undefined && mine.get(m.organisationId) === network),
    );
    if (reach.length === 0) throw new AppError("NOT_FOUND");
    if (!reach.some((m) => roleAllows(m.role, "urgence:structure:read"))) throw new AppError("FORBIDDEN");
    return row;
  }

  return {
    async create(principal: Principal, body: CreateStructureBody): Promise<StructureView> {
      authorize(principal, "urgence:structure:write", body.organisationId);
      const now = nowIso();
      const row: StructureRow = {
        id: uuidv7(),
        organisation_id: body.organisationId,
        name: body.name.trim(),
        kind: body.kind,
        address: body.address.trim(),
        postcode: body.postcode,
        latitude: body.latitude ?? null,
        longitude: body.longitude ?? null,
        capacity_json: JSON.stringify(body.capacity.map((c) => ({ ...c, features: codes(toJson(c.features)) }))),
        created_at: now,
        updated_at: now,
      };
      await repo.create(row);
      await audit.record({
        actor: principal,
        action: "create",
        resourceType: "urgence_structure",
        resourceId: row.id,
        organisationId: row.organisation_id,
        purpose: "création d'une structure d'hébergement",
        outcome: "success",
      });
      return structureView(row, [], today());
    },

    async list(principal: Principal, networkId: string, date = today()): Promise<StructureView[]> {
      await access.network(principal, "urgence:structure:read", networkId);
      const rows = await repo.inNetwork(networkId);
      const lines = await repo.linesFor(
        rows.map((r) => r.id),
        date,
      );
      return rows.map((r) => structureView(r, lines, date));
    },

    async get(principal: Principal, id: string, date = today()): Promise<StructureView> {
      const row = await visible(principal, id);
      return structureView(row, await repo.linesFor([row.id], date), date);
    },

    async availability(principal: Principal, id: string, date = today()): Promise<AvailabilityView> {
      const row = await visible(principal, id);
      const lines = await repo.linesFor([row.id], date);
      return {
        structureId: row.id,
        date,
        declaredAt: lines.reduce<string | null>((max, l) => (max === null || l.declared_at > max ? l.declared_at : max), null),
        lines: lines.map((l) => ({
          lineKey: l.line_key,
          public: l.public,
          unitCapacity: l.unit_capacity,
          freeUnits: l.free_units,
          remainingUnits: l.remaining,
          features: codes(l.features),
        })),
      };
    },

    /** Only the structure's own staff declare its free places. */
    async declare(principal: Principal, id: string, body: DeclareAvailabilityBody): Promise<AvailabilityView> {
      const row = await repo.find(id);
      if (!row) throw new AppError("NOT_FOUND");
      authorize(principal, "urgence:availability:declare", row.organisation_id);
      await repo.declare(
        row,
        body.date,
        body.lines.map((l) => ({ ...l, features: l.features ?? [] })),
        principal.userId,
      );
      await audit.record({
        actor: principal,
        action: "declare_availability",
        resourceType: "urgence_structure",
        resourceId: row.id,
        organisationId: row.organisation_id,
        purpose: `déclaration des places libres du ${body.date}`,
        outcome: "success",
      });
      return this.availability(principal, id, body.date);
    },
  };
}

export type StructuresService = ReturnType<typeof structuresService>;
