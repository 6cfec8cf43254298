/**
 * One-off generator of `data/zone_apl.csv` (not part of the runtime).
 *
 * Reads OpenFisca-France's APL zoning (assets/apl/20110914_zonage.csv, commune → zone
 * `1`, `1bis`, `2` or `3`, and commune_depcom_by_subcommune_depcom.json, sub-commune →
 * commune) and keeps only facts: the code and its zone (`1bis` counts as zone 1; a
 * sub-commune gets its commune's zone). Usage:
 *   tsx packages/legislation-fr/scripts/build-zone-apl.ts
 * The reference directory defaults to ../shared/reference/openfisca-france
 * (override with OPENFISCA_REFERENCE_DIR).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const referenceDir = process.env.OPENFISCA_REFERENCE_DIR ?? resolve(repoRoot, "../shared/reference/openfisca-france");
const target = resolve(here, "../data/zone_apl.csv");

const zones = new Map<string, string>();
const csv = readFileSync(join(referenceDir, "assets/apl/20110914_zonage.csv"), "utf8").split(/\r?\n/);
const header = csv[0]!.split(",");
const codeCol = header.indexOf("CODGEO");
const zoneCol = header.indexOf("Zonage");
for (const line of csv.slice(1)) {
  if (line.trim() === "") continue;
  // LIBCOM may hold no comma in this file, but read the zone from the end to be safe.
  const cells = line.split(",");
  const code = cells[codeCol]!.trim();
  const zone = cells[cells.length - (header.length - zoneCol)]!.trim().charAt(0);
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(code) || !/^[123]$/.test(zone)) throw new Error(`Ligne illisible : ${line}`);
  zones.set(code, zone);
}
const sub = JSON.parse(readFileSync(join(referenceDir, "assets/apl/commune_depcom_by_subcommune_depcom.json"), "utf8")) as Record<
  string,
  string
>;
let added = 0;
for (const [code, commune] of Object.entries(sub)) {
  const zone = zones.get(commune);
  if (zone !== undefined && !zones.has(code)) {
    zones.set(code, zone);
    added++;
  }
}
const lines = [...zones].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([c, z]) => `${c},${z}`);
writeFileSync(target, `depcom,zone\n${lines.join("\n")}\n`);
console.log(`${lines.length} codes écrits dans ${target} (dont ${added} sous-communes)`);
