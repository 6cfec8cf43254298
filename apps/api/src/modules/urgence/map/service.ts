import { nowIso } from "@zero/db";
import type { MapFeature, MapQuery, NetworkMap } from "@zero/schemas";
import { roleAllows } from "../permissions.ts";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import { sectorOf } from "../sectors/geometry.ts";
import type { SectorsService } from "../sectors/service.ts";
import { addDays, today } from "../shared.ts";
import type { StructuresService } from "../structures/service.ts";
import type { MapRepository } from "./repository.ts";

/** At most this many encounter points per map (the newest). */
export const MAP_ENCOUNTER_LIMIT = 5000;
const DEFAULT_DAYS = 90;
const DEFAULT_PURPOSE = "carte du réseau (agrégats, sans personne)";

/** ~11 m: enough for a round, not a doorstep. */
const round = (x: number) => Math.round(Number(x) * 10_000) / 10_000;

interface Deps {
  repo: MapRepository;
  structures: StructuresService;
  sectors: SectorsService;
  access: UrgenceAccess;
  audit: AuditService;
}

/**
 * The network on one GeoJSON map: structures (free places tonight), sectors, and encounter
 * points that carry only their day, living situation, team and sector — never a person.
 * Who sees which encounters: the SIAO coordinator, the whole network's; 115 operators,
 * maraudes and other coordinators, their own organisation's; viewers, structure staff and
 * admins, none (structures and sectors only). One audit entry per map (an aggregate read).
 */
export function mapService({ repo, structures, sectors, access, audit }: Deps) {
  return {
    async get(principal: Principal, q: MapQuery): Promise<NetworkMap> {
      const members = await access.network(principal, "urgence:structure:read", q.networkId);
      const teams = members.filter((m) => roleAllows(m.role, "urgence:map:encounters"));
      const wholeNetwork = teams.some((m) => m.role === "coordinator" && m.organisationId === q.networkId);
      const scope = wholeNetwork ? "network" : teams.length > 0 ? "team" : "none";
      const day = today();
      const from = q.from ? new Date(q.from).toISOString() : `${addDays(day, -DEFAULT_DAYS)}T00:00:00.000Z`;
      const to = q.to ? new Date(q.to).toISOString() : nowIso();

      const { rows: sectorRows, shapes } = await sectors.shapes(q.networkId);
      if (q.sectorId && !sectorRows.some((s) => s.id === q.sectorId)) throw new AppError("NOT_FOUND");
      const located =
        scope === "none"
          ? []
          : await repo.encounters(
              scope === "network" ? { networkId: q.networkId } : { organisationIds: [...new Set(teams.map((m) => m.organisationId))] },
              from,
              to,
              MAP_ENCOUNTER_LIMIT + 1,
            );
      const truncated = located.length > MAP_ENCOUNTER_LIMIT;
      const encounters: MapFeature[] = [];
      for (const e of located.slice(0, MAP_ENCOUNTER_LIMIT)) {
        const sectorId = sectorOf(shapes, { ...e, latitude: Number(e.latitude), longitude: Number(e.longitude) });
        if (q.sectorId && sectorId !== q.sectorId) continue;
        encounters.push({
          type: "Feature",
          geometry: { type: "Point", coordinates: [round(e.longitude!), round(e.latitude!)] },
          properties: {
            kind: "encounter",
            date: e.occurred_at.slice(0, 10),
            livingSituation: e.living_situation,
            organisationId: e.organisation_id,
            sectorId,
          },
        });
      }

      const structureFeatures: MapFeature[] = (await structures.list(principal, q.networkId, day)).map((s) => ({
        type: "Feature",
        geometry: s.latitude === null || s.longitude === null ? null : { type: "Point", coordinates: [s.longitude, s.latitude] },
        properties: {
          kind: "structure",
          id: s.id,
          name: s.name,
          organisationId: s.organisationId,
          structureKind: s.kind,
          postcode: s.postcode,
          declared: s.today.declared,
          freeUnits: s.today.freeUnits,
          capacityUnits: s.today.capacityUnits,
          saturation: s.today.saturation,
        },
      }));
      const sectorFeatures: MapFeature[] = sectorRows.map((s, i) => ({
        type: "Feature",
        geometry: shapes[i]!.geometry,
        properties: { kind: "sector", id: s.id, name: s.name, organisationId: s.organisation_id },
      }));

      await audit.record({
        actor: principal,
        action: "read",
        resourceType: "urgence_map",
        resourceId: null,
        organisationId: q.networkId,
        purpose: q.purpose ?? DEFAULT_PURPOSE,
        outcome: "success",
      });
      return {
        type: "FeatureCollection",
        features: [...sectorFeatures, ...structureFeatures, ...encounters],
        meta: { networkId: q.networkId, date: day, from, to, encounters: scope, encounterCount: encounters.length, truncated },
      };
    },
  };
}

export type MapService = ReturnType<typeof mapService>;
