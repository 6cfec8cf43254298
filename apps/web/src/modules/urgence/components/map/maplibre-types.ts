import type { LayerSpecification } from "maplibre-gl";

// The few MapLibre types the map uses (types only).
export type { Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
export type CircleLayerSpecification = Extract<LayerSpecification, { type: "circle" }>;
export type LineLayerSpecification = Extract<LayerSpecification, { type: "line" }>;

export type Geometry =
  | { type: "Point"; coordinates: number[] }
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };
export type Feature = {
  type: "Feature";
  geometry: Geometry;
  properties: Record<string, string | number>;
};
export type FeatureCollection = { type: "FeatureCollection"; features: Feature[] };

/** The three GeoJSON layers of the map. */
export type MapLayers = { structures: FeatureCollection; encounters: FeatureCollection; sectors: FeatureCollection };
