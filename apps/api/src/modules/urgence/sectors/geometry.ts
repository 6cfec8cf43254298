import { normaliseSearch } from "@zero/db";
import type { SectorGeometry } from "@zero/schemas";

// Pure geometry of sectors: validation, point in polygon, and which sector an encounter
// falls in. No GIS library and no database function: a sector is small (a few hundred
// points) and a map holds a few thousand encounters.

type Position = number[];

function rings(g: SectorGeometry): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/** Every ring closed (last point = first point), coordinates in range. */
export function validGeometry(g: SectorGeometry): boolean {
  return rings(g).every((polygon) =>
    polygon.every((ring) => {
      const first = ring[0]!;
      const last = ring.at(-1)!;
      const closed = first[0] === last[0] && first[1] === last[1];
      return closed && ring.every(([lon, lat]) => Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90);
    }),
  );
}

/** Ray casting on one ring. */
function inRing(lon: number, lat: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** In the outer ring and in none of the holes, of any polygon. */
export function containsPoint(g: SectorGeometry, lon: number, lat: number): boolean {
  return rings(g).some(([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
}

export interface SectorShape {
  id: string;
  name: string;
  geometry: SectorGeometry | null;
  arrondissements: string[];
}

export interface Located {
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  sector: string | null;
}

/**
 * The first sector an encounter belongs to: its point lies in the sector's polygon, or its
 * address names one of the sector's arrondissements (postcode), or the place the team
 * typed (free-text `sector`) is the sector's name.
 */
export function sectorOf(sectors: readonly SectorShape[], e: Located): string | null {
  const typed = e.sector ? normaliseSearch(e.sector) : "";
  for (const s of sectors) {
    if (s.geometry && e.latitude !== null && e.longitude !== null && containsPoint(s.geometry, e.longitude, e.latitude)) return s.id;
  }
  for (const s of sectors) {
    if (e.address && s.arrondissements.some((code) => e.address!.includes(code))) return s.id;
    if (typed !== "" && normaliseSearch(s.name) === typed) return s.id;
  }
  return null;
}
