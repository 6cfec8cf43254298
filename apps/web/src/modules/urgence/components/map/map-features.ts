import type { MapFeature, NetworkMap } from "@zero/schemas";
import type { Feature, FeatureCollection, Geometry, MapLayers } from "./maplibre-types.ts";

// The API's GeoJSON (GET /api/urgence/map) split into the map's three layers. Encounter
// points carry no person: only their day, living situation, team and sector.

const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

function located(f: MapFeature, properties: Record<string, string | number>): Feature[] {
  return f.geometry === null ? [] : [{ type: "Feature", geometry: f.geometry as Geometry, properties }];
}

export const ofKind = (map: NetworkMap, kind: "encounter" | "structure" | "sector") =>
  map.features.filter((f) => f.properties.kind === kind);

export function mapLayers(map: NetworkMap): MapLayers {
  return {
    structures: collection(
      ofKind(map, "structure").flatMap((f) =>
        located(f, {
          name: f.properties.name ?? "",
          free: f.properties.freeUnits ?? 0,
          full: f.properties.declared && f.properties.freeUnits === 0 ? 1 : 0,
        }),
      ),
    ),
    encounters: collection(ofKind(map, "encounter").flatMap((f) => located(f, { date: f.properties.date ?? "" }))),
    sectors: collection(ofKind(map, "sector").flatMap((f) => located(f, { name: f.properties.name ?? "" }))),
  };
}
