// Writes src/catalogue/openfisca-variables.generated.json: OpenFisca-France's whole variable
// catalogue (name, entity, type, period, default, enum items, label, legal references, whether
// OpenFisca computes it), from the reference `variables.json` (see its MANIFEST.md). Nothing in
// the generated file is typed by hand: run `npm run generate-catalogue -w @zero/legislation-fr`
// when the reference changes; test/catalogue.test.ts fails while the file is out of date.
// The reference directory defaults to ../shared/reference/openfisca-france from the repository
// root (override with OPENFISCA_REFERENCE_DIR).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import type { CatalogueEntry, CatalogueFile } from "../src/catalogue/catalogue-entry.ts";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** The generated file, read when the system is built. */
export const CATALOGUE_FILE = fileURLToPath(new URL("../src/catalogue/openfisca-variables.generated.json", import.meta.url));

/** The reference catalogue, or undefined where the reference data is not present. */
export const REFERENCE_VARIABLES = resolve(
  process.env.OPENFISCA_REFERENCE_DIR ?? resolve(repoRoot, "../shared/reference/openfisca-france"),
  "variables.json",
);

interface ReferenceVariable {
  readonly module?: string;
  readonly value_type: string;
  readonly entity: string;
  readonly label?: string;
  readonly definition_period: string;
  readonly default_value?: unknown;
  readonly reference?: string | readonly (string | readonly string[])[];
  readonly unit?: string;
  readonly set_input?: string;
  readonly end?: string;
  readonly computed: boolean;
  readonly possible_values?: { readonly enum: string; readonly items: Readonly<Record<string, string>> };
}

const ENTITIES: Record<string, CatalogueEntry["entity"]> = {
  Individu: "individu",
  Famille: "famille",
  FoyerFiscal: "foyer_fiscal",
  Menage: "menage",
};

const VALUE_TYPES: Record<string, CatalogueEntry["valueType"]> = {
  float: "float",
  int: "int",
  bool: "bool",
  Enum: "enum",
  date: "date",
  str: "str",
};

const PERIODS: Record<string, CatalogueEntry["definitionPeriod"]> = { MONTH: "month", YEAR: "year", ETERNITY: "eternity" };

const SET_INPUT: Record<string, CatalogueEntry["setInputPolicy"]> = {
  set_input_dispatch_by_period: "dispatchByPeriod",
  set_input_divide_by_period: "divideByPeriod",
};

/** Constants of OpenFisca-France's source that appear as defaults (openfisca_france/model/base.py). */
const PYTHON_CONSTANTS: Record<string, number> = { AGE_INT_MINIMUM: -9999 };

function fail(name: string, what: string): never {
  throw new Error(`variables.json, ${name}: ${what}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A default as the Python source writes it (`date.max`, `date(1970, 1, 1)`, `TypesActivite.inactif`) → a JSON value. */
function defaultOf(name: string, v: ReferenceVariable, items: readonly string[] | undefined): number | boolean | string | undefined {
  const d = v.default_value;
  if (d === undefined) return undefined;
  switch (v.value_type) {
    case "Enum": {
      const item = typeof d === "string" ? d.slice(d.lastIndexOf(".") + 1) : undefined;
      if (!item || !items?.includes(item)) fail(name, `default ${String(d)} is not one of its items`);
      return item;
    }
    case "date": {
      if (d === "date.max") return "9999-12-31";
      if (d === "date.min") return "0001-01-01";
      const m = typeof d === "string" ? /^date\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(d) : null;
      if (!m) fail(name, `date default ${String(d)} not understood`);
      return `${pad(Number(m[1]), 4)}-${pad(Number(m[2]), 2)}-${pad(Number(m[3]), 2)}`;
    }
    case "int":
    case "float":
      if (typeof d === "number") return d;
      if (typeof d === "string" && d in PYTHON_CONSTANTS) return PYTHON_CONSTANTS[d];
      return fail(name, `numeric default ${String(d)} not understood`);
    case "bool":
      if (typeof d !== "boolean") fail(name, `boolean default ${String(d)} not understood`);
      return d;
    default:
      if (typeof d !== "string") fail(name, `string default ${String(d)} not understood`);
      return d;
  }
}

/** References as a flat list of strings: a [title, link] pair becomes "title — link". */
function referencesOf(v: ReferenceVariable): string[] | undefined {
  if (v.reference === undefined) return undefined;
  const list = typeof v.reference === "string" ? [v.reference] : v.reference;
  const out = list.map((r) => (typeof r === "string" ? r : r.join(" — ")).trim()).filter((r) => r !== "");
  return out.length > 0 ? out : undefined;
}

function entryOf(name: string, v: ReferenceVariable): CatalogueEntry {
  const entity = ENTITIES[v.entity] ?? fail(name, `unknown entity ${v.entity}`);
  const valueType = VALUE_TYPES[v.value_type] ?? fail(name, `unknown value type ${v.value_type}`);
  const definitionPeriod = PERIODS[v.definition_period] ?? fail(name, `unknown period ${v.definition_period}`);
  let possibleValues: Record<string, string> | undefined;
  if (valueType === "enum") {
    const items = v.possible_values?.items ?? fail(name, "an enum without items");
    // `__order__` gives the order of the Python class; without it, the order of the mapping.
    const order = items.__order__ ? items.__order__.split(/\s+/).filter(Boolean) : Object.keys(items);
    possibleValues = Object.fromEntries(order.map((item) => [item, items[item] ?? fail(name, `no label for item ${item}`)]));
  }
  const setInputPolicy = v.set_input === undefined ? undefined : (SET_INPUT[v.set_input] ?? fail(name, `unknown set_input ${v.set_input}`));
  const entry: CatalogueEntry = {
    entity,
    valueType,
    definitionPeriod,
    label: v.label ?? name,
    computed: v.computed,
    ...(v.possible_values ? { enum: v.possible_values.enum } : {}),
    ...(possibleValues ? { possibleValues } : {}),
    ...optional("default", defaultOf(name, v, possibleValues && Object.keys(possibleValues))),
    ...optional("setInputPolicy", setInputPolicy),
    ...optional("end", v.end),
    ...optional("unit", v.unit),
    ...optional("reference", referencesOf(v)),
    ...optional("source", v.module),
  };
  return entry;
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}

/** The generated file's text (formatted as Prettier would), from the reference catalogue's text. */
export async function catalogueSource(referenceText: string = readFileSync(REFERENCE_VARIABLES, "utf8")): Promise<string> {
  const reference = JSON.parse(referenceText) as { source?: string; variables: Record<string, ReferenceVariable> };
  const names = Object.keys(reference.variables).sort();
  const file: CatalogueFile = {
    comment: "Generated by packages/legislation-fr/scripts/generate-catalogue.ts from OpenFisca-France's variables.json: do not edit.",
    source: reference.source ?? "openfisca-france",
    variables: Object.fromEntries(names.map((name) => [name, entryOf(name, reference.variables[name]!)])),
  };
  return format(JSON.stringify(file), { parser: "json", printWidth: 140, trailingComma: "all" });
}

/** Whether the reference catalogue can be read here (the up-to-date test needs it). */
export const referenceAvailable = (): boolean => existsSync(REFERENCE_VARIABLES);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(CATALOGUE_FILE, await catalogueSource());
  console.log(`Wrote ${CATALOGUE_FILE}`);
}
