// The zone A bis, A, B1, B2 or C of each commune (data/zonage_abc.csv), read once.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The `data/zonage_abc.csv` file of this package (code INSEE → zone). */
export const ZONAGE_ABC_FILE = fileURLToPath(new URL("../data/zonage_abc.csv", import.meta.url));

let table: ReadonlyMap<string, string> | undefined;

function load(): ReadonlyMap<string, string> {
  const zones = new Map<string, string>();
  for (const line of readFileSync(ZONAGE_ABC_FILE, "utf8").split("\n").slice(1)) {
    const comma = line.indexOf(",");
    if (comma > 0) zones.set(line.slice(0, comma), line.slice(comma + 1).trim());
  }
  return zones;
}

/** The zone of a code INSEE (`Abis`, `A`, `B1`, `B2` or `C`), "" when the commune is not in the table. */
export function zoneAbcOfDepcom(depcom: string): string {
  table ??= load();
  return table.get(depcom.trim()) ?? "";
}
