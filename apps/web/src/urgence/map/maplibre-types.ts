import type { LayerSpecification } from "maplibre-gl";

// The few MapLibre types the map uses (types only).
export type { Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
export type CircleLayerSpecification = Extract<LayerSpecification, { type: "circle" }>;

export type Feature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, string | number>;
};
export type FeatureCollection = { type: "FeatureCollection"; features: Feature[] };
