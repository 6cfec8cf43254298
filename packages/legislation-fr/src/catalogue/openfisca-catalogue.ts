// OpenFisca-France's whole variable catalogue, generated from its variables.json
// (scripts/generate-catalogue.ts): every variable a client of OpenFisca's Web API may send.
// Those that Zéro does not declare itself become input-only variables on OpenFisca's entity,
// with its type, period, default and enum items (decision 0026).
import { readFileSync } from "node:fs";
import { defineEnum, defineVariable, type Enum, type Variable } from "@zero/engine";
import type { CatalogueEntry, CatalogueFile } from "./catalogue-entry.ts";

const CATALOGUE_FILE = new URL("./openfisca-variables.generated.json", import.meta.url);
const SOURCE_BASE = "https://github.com/openfisca/openfisca-france/blob/master/";

let catalogue: ReadonlyMap<string, CatalogueEntry> | undefined;

/** The catalogue by variable name (read once per process). */
export function openfiscaCatalogue(): ReadonlyMap<string, CatalogueEntry> {
  catalogue ??= new Map(Object.entries((JSON.parse(readFileSync(CATALOGUE_FILE, "utf8")) as CatalogueFile).variables));
  return catalogue;
}

/** An input-only variable (no formula) as OpenFisca-France declares it. */
function inputVariable(name: string, entry: CatalogueEntry, enums: Map<string, Enum>): Variable {
  let possibleValues: Enum | undefined;
  if (entry.possibleValues) {
    const key = `${entry.enum ?? name}\0${Object.keys(entry.possibleValues).join(" ")}`;
    possibleValues = enums.get(key);
    if (!possibleValues) enums.set(key, (possibleValues = defineEnum(entry.enum ?? name, entry.possibleValues)));
  }
  return defineVariable({
    name,
    entity: entry.entity,
    valueType: entry.valueType,
    definitionPeriod: entry.definitionPeriod,
    label: entry.label,
    // Without a legal reference in OpenFisca-France, the module that declares it there.
    reference: entry.reference ?? [entry.source ? SOURCE_BASE + entry.source : "OpenFisca-France"],
    ...(entry.default !== undefined ? { default: entry.default } : {}),
    ...(possibleValues ? { possibleValues } : {}),
    ...(entry.setInputPolicy && entry.definitionPeriod !== "eternity" ? { setInputPolicy: entry.setInputPolicy } : {}),
    ...(entry.end ? { end: entry.end } : {}),
    ...(entry.unit ? { unit: entry.unit } : {}),
  });
}

/** The catalogue's variables that Zéro does not declare, as input-only variables on OpenFisca's entity. */
export function catalogueInputs(declared: readonly Variable[]): Variable[] {
  const names = new Set(declared.map((v) => v.name));
  const enums = new Map<string, Enum>();
  const out: Variable[] = [];
  for (const [name, entry] of openfiscaCatalogue()) if (!names.has(name)) out.push(inputVariable(name, entry, enums));
  return out;
}

/** Whether OpenFisca-France has a formula for the variable (false for Zéro's own variables). */
export function computedByOpenfisca(name: string): boolean {
  return openfiscaCatalogue().get(name)?.computed ?? false;
}
