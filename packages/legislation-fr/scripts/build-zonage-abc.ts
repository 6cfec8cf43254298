/**
 * One-off generator of `data/zonage_abc.csv` (not part of the runtime).
 *
 * Reads OpenFisca-France's zoning of the communes in zones A bis, A, B1, B2 and C
 * (openfisca_france/assets/zonage-communes/zonage-abc-juillet-2024.csv, columns `CODGEO` and
 * `Zone en vigueur depuis le 5 juillet 2024`, `;`-separated) and keeps only facts: the code and
 * its zone. The file is not in the reference copy: give its path. Usage:
 *   tsx packages/legislation-fr/scripts/build-zonage-abc.ts <path of zonage-abc-juillet-2024.csv>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const source = process.argv[2];
if (!source) throw new Error("usage: build-zonage-abc.ts <zonage-abc-juillet-2024.csv>");
const target = resolve(dirname(fileURLToPath(import.meta.url)), "../data/zonage_abc.csv");

const lines = readFileSync(source, "utf8").split(/\r?\n/);
const header = lines[0]!.split(";");
const codeCol = header.indexOf("CODGEO");
const zoneCol = header.indexOf("Zone en vigueur depuis le 5 juillet 2024");
if (codeCol < 0 || zoneCol < 0) throw new Error("colonnes CODGEO ou zone introuvables");
const out = ["depcom,zone"];
for (const line of lines.slice(1)) {
  if (line.trim() === "") continue;
  const cells = line.split(";");
  out.push(`${cells[codeCol]!.trim()},${cells[zoneCol]!.trim()}`);
}
writeFileSync(target, `${out.join("\n")}\n`);
console.log(`${out.length - 1} communes écrites dans ${target}`);
