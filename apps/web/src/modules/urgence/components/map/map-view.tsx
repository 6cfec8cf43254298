import "maplibre-gl/dist/maplibre-gl.css";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Map as MapLibreMap, NavigationControl } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { addOverlay, configuredStyleUrl, MARSEILLE, offlineStyle } from "./map-style.ts";
import type { FeatureCollection, MapLayers } from "./maplibre-types.ts";

const LOCALE = {
  "Map.Title": "Carte",
  "NavigationControl.ZoomIn": "Zoomer",
  "NavigationControl.ZoomOut": "Dézoomer",
  "NavigationControl.ResetBearing": "Réorienter vers le nord",
  "AttributionControl.ToggleAttribution": "Afficher les sources",
};

/** Every position of a feature: the point, or the polygon's rings. */
function positions(f: FeatureCollection["features"][number]): number[][] {
  const g = f.geometry;
  return g.type === "Point" ? [g.coordinates] : g.type === "Polygon" ? g.coordinates.flat() : g.coordinates.flat(2);
}

/** Frames every point and sector (Marseille when there is none). */
function view(...collections: FeatureCollection[]) {
  const points = collections.flatMap((c) => c.features.flatMap(positions)) as [number, number][];
  if (points.length === 0) return { center: MARSEILLE, zoom: 11.5 };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as [number, number, number, number],
    fitBoundsOptions: { padding: 32, maxZoom: 15 },
  };
}

/** The MapLibre map; the list that follows it on the page carries the same information. */
export function MapView({ layers }: { layers: MapLayers }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (container.current === null) return;
    const styleUrl = configuredStyleUrl();
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: container.current,
        style: styleUrl ?? offlineStyle(layers),
        ...view(layers.structures, layers.encounters, layers.sectors),
        attributionControl: styleUrl === null ? false : { compact: true },
        locale: LOCALE,
      });
    } catch {
      // No WebGL on this device: the list below stays the way to read the map.
      setFailed(true);
      return;
    }
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    if (styleUrl !== null) map.on("load", () => addOverlay(map, layers));
    return () => map.remove();
  }, [layers]);

  if (failed) {
    return (
      <Alert
        severity="info"
        small
        description="La carte ne peut pas s'afficher sur cet appareil : la liste ci-dessous donne les mêmes informations."
      />
    );
  }
  return (
    <div
      ref={container}
      className="zero-map"
      data-testid="urgence-map"
      role="region"
      aria-label="Carte des structures, des secteurs et des rencontres ; la liste qui suit la carte donne les mêmes informations"
    />
  );
}
