import type { CircleLayerSpecification, LineLayerSpecification, MapLayers, MapLibreMap, StyleSpecification } from "./maplibre-types.ts";

// The map's style. By default it needs no network at all: a plain background and the
// data as GeoJSON layers (no tiles, no glyphs, no sprites, hence no text labels).
// A deployment may set VITE_MAP_STYLE_URL (e.g. IGN's Plan IGN vector style, see
// apps/web/README.md): the same layers are then drawn over that base map.

export const MARSEILLE: [number, number] = [5.385, 43.29];

export const COLORS = {
  background: "#f6f6f6",
  structure: "#000091",
  structureFull: "#ce0500",
  encounter: "#e4794a",
  sector: "#18753c",
  stroke: "#ffffff",
} as const;

export function configuredStyleUrl(): string | null {
  const url = import.meta.env.VITE_MAP_STYLE_URL?.trim();
  return url ? url : null;
}

const layers: (CircleLayerSpecification | LineLayerSpecification)[] = [
  {
    id: "sectors",
    type: "line",
    source: "sectors",
    paint: { "line-color": COLORS.sector, "line-width": 2, "line-dasharray": [3, 2] },
  },
  {
    id: "encounters",
    type: "circle",
    source: "encounters",
    paint: {
      "circle-radius": 4,
      "circle-color": COLORS.encounter,
      "circle-opacity": 0.7,
      "circle-stroke-width": 1,
      "circle-stroke-color": COLORS.stroke,
    },
  },
  {
    id: "structures",
    type: "circle",
    source: "structures",
    paint: {
      "circle-radius": 8,
      "circle-color": ["case", ["==", ["get", "full"], 1], COLORS.structureFull, COLORS.structure],
      "circle-stroke-width": 2,
      "circle-stroke-color": COLORS.stroke,
    },
  },
];

const SOURCES = ["sectors", "encounters", "structures"] as const;

/** The offline style: background and the GeoJSON sources, nothing fetched. */
export function offlineStyle(data: MapLayers): StyleSpecification {
  return {
    version: 8,
    name: "Zéro — hors ligne",
    sources: Object.fromEntries(SOURCES.map((name) => [name, { type: "geojson", data: data[name] }])),
    layers: [{ id: "background", type: "background", paint: { "background-color": COLORS.background } }, ...layers],
  };
}

/** Over a configured base map: adds the same sources and layers once its style has loaded. */
export function addOverlay(map: MapLibreMap, data: MapLayers): void {
  for (const name of SOURCES) map.addSource(name, { type: "geojson", data: data[name] });
  for (const layer of layers) map.addLayer(layer);
}
