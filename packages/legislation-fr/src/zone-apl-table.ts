// The APL zone of each commune (data/zone_apl.csv), read once and kept as a flat table.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The `data/zone_apl.csv` file of this package (code INSEE → zone 1, 2 or 3). */
export const ZONE_APL_FILE = fileURLToPath(new URL("../data/zone_apl.csv", import.meta.url));

/** Zone used for a code absent from the table (as OpenFisca-France). */
export const ZONE_APL_PAR_DEFAUT = 2;

interface ZoneTable {
  /** Zone (1–3) of each purely numeric code, 0 when unknown. */
  readonly numeric: Uint8Array;
  /** Zone of the Corsican codes (2A…, 2B…). */
  readonly other: ReadonlyMap<string, number>;
}

let table: ZoneTable | undefined;

function load(): ZoneTable {
  const numeric = new Uint8Array(100000);
  const other = new Map<string, number>();
  const text = readFileSync(ZONE_APL_FILE, "utf8");
  let start = text.indexOf("\n") + 1; // skip the header
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const comma = text.indexOf(",", start);
    if (comma > start && comma < end) {
      const code = text.slice(start, comma);
      const zone = text.charCodeAt(comma + 1) - 48;
      const n = /^\d{5}$/.test(code) ? Number(code) : -1;
      if (n >= 0) numeric[n] = zone;
      else other.set(code, zone);
    }
    start = end + 1;
  }
  return { numeric, other };
}

/** The zone (1, 2 or 3) of a code INSEE; a code given as a number may have lost its leading 0. */
export function zoneOfDepcom(depcom: string): number {
  table ??= load();
  const code = depcom.trim();
  let n = -1;
  if (code.length >= 4 && code.length <= 5) {
    n = 0;
    for (let k = 0; k < code.length; k++) {
      const c = code.charCodeAt(k) - 48;
      if (c < 0 || c > 9) {
        n = -1;
        break;
      }
      n = n * 10 + c;
    }
  }
  const zone = n >= 0 ? table.numeric[n]! : (table.other.get(code.toUpperCase()) ?? 0);
  return zone === 0 ? ZONE_APL_PAR_DEFAUT : zone;
}
