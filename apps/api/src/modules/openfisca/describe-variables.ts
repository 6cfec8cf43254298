import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { fromDays, type TaxBenefitSystem, type Variable } from "@zero/engine";
import { openfiscaCatalogue } from "@zero/legislation-fr";
import { zeroStatuses, type ZeroStatus } from "./variable-status.ts";

// Descriptions in the shape of OpenFisca's Web API (`/variables`, `/variable/{id}`), so
// that its clients read Zéro unchanged.
const repoRoot = fileURLToPath(new URL("../../../../..", import.meta.url));
const variablesDir = join(repoRoot, "packages/legislation-fr/variables");

const VALUE_TYPES: Record<Variable["valueType"], string> = {
  float: "Float",
  int: "Int",
  bool: "Boolean",
  enum: "String",
  date: "Date",
  str: "String",
};

let sourceFiles: Map<string, string> | undefined;
function sourceOf(name: string): string {
  if (!sourceFiles) {
    sourceFiles = new Map();
    const walk = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith(".ts")) sourceFiles!.set(e.name.slice(0, -3), relative(repoRoot, join(dir, e.name)));
      }
    };
    walk(variablesDir);
  }
  return sourceFiles.get(name) ?? "";
}

function defaultValue(v: Variable): unknown {
  if (v.valueType === "bool") return v.defaultValue === 1;
  if (v.valueType === "enum") return v.possibleValues?.names[v.defaultValue as number] ?? v.defaultValue;
  if (v.valueType === "date" && typeof v.defaultValue === "number") return fromDays(v.defaultValue);
  return v.defaultValue;
}

/** OpenFisca's `/variables`, with what Zéro does with each (`zero`: computed, input, not_computed). */
export function variablesIndex(system: TaxBenefitSystem, baseUrl: string) {
  const statuses = zeroStatuses(system);
  const out: Record<string, { description: string; href: string; zero: ZeroStatus }> = {};
  const sorted = [...system.variables].sort((a, b) => a.name.localeCompare(b.name));
  for (const v of sorted) out[v.name] = { description: v.label, href: `${baseUrl}/variable/${v.name}`, zero: statuses.get(v.name)! };
  return out;
}

export function describeVariable(system: TaxBenefitSystem, name: string) {
  const v = system.variable(name);
  // Zéro's file for its own variables; OpenFisca-France's module for the catalogue's inputs.
  const catalogued = openfiscaCatalogue().get(v.name)?.source;
  const source = sourceOf(v.name) || (catalogued ? `openfisca-france: ${catalogued}` : "");
  const formulas: Record<string, { content: string; source: string } | null> = {};
  for (const f of v.formulas) formulas[f.start] = { content: f.fn.toString(), source };
  return {
    id: v.name,
    description: v.label,
    valueType: VALUE_TYPES[v.valueType],
    defaultValue: defaultValue(v),
    definitionPeriod: v.definitionPeriod.toUpperCase(),
    entity: v.entity,
    source,
    references: v.reference,
    zero: zeroStatuses(system).get(v.name)!,
    ...(v.formulas.length > 0 ? { formulas } : {}),
    ...(v.possibleValues
      ? {
          possibleValues: Object.fromEntries(v.possibleValues.names.map((n, i) => [n, v.possibleValues!.labels[i] ?? n])),
        }
      : {}),
    ...(v.documentation ? { documentation: v.documentation } : {}),
  };
}
