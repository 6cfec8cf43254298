/**
 * One-off generator of Zéro's parameter files (not part of the runtime).
 *
 * Reads OpenFisca-France's reference parameters and keeps only facts — dated
 * values, units and legal references — then writes Zéro's own YAML with the
 * descriptions of `parameter-descriptions.ts`. Usage:
 *   tsx packages/legislation-fr/scripts/import-parameters.ts
 * The reference directory defaults to ../shared/reference/openfisca-france
 * (override with OPENFISCA_REFERENCE_DIR). Optional arguments are path prefixes: only
 * the parameters (and index.yaml) under them are written, e.g.
 *   tsx packages/legislation-fr/scripts/import-parameters.ts prestations_sociales/prestations_familiales/petite_enfance
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { nodeWordings, parameterWordings } from "./parameter-descriptions.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const referenceDir = process.env.OPENFISCA_REFERENCE_DIR ?? resolve(repoRoot, "../shared/reference/openfisca-france");
const outDir = resolve(here, "../parameters");
const COMMIT = "a7038ee49132b842612b2e3d1ca0ba202c6a796d";

interface Reference {
  since?: string;
  title: string;
  href?: string;
}

function asList(x: unknown): unknown[] {
  if (x === null || x === undefined) return [];
  return Array.isArray(x) ? x : [x];
}

function extractReferences(raw: unknown): Reference[] {
  const refs: Reference[] = [];
  const push = (item: unknown, since?: string): void => {
    if (typeof item !== "object" || item === null) return;
    const { title, href } = item as { title?: unknown; href?: unknown };
    // A placeholder such as « Références manquantes » is not a reference.
    if (typeof title !== "string" || title.trim() === "" || /^références manquantes$/i.test(title.trim())) return;
    const ref: Reference = { title: title.trim() };
    if (since) ref.since = since;
    if (typeof href === "string" && href.trim() !== "") ref.href = href.trim();
    refs.push(ref);
  };
  if (Array.isArray(raw)) raw.forEach((item) => push(item));
  else if (raw && typeof raw === "object" && "title" in raw) push(raw);
  else if (raw && typeof raw === "object") {
    for (const [date, items] of Object.entries(raw)) asList(items).forEach((item) => push(item, date));
  }
  return refs;
}

function extractValues(raw: unknown): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const [date, entry] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const v = (entry as { value?: unknown } | null)?.value;
    // YAML 1.2 reads `250_000` as a string: a number with digit separators is still a number.
    const separated = typeof v === "string" && /^-?\d+(_\d+)*(\.\d+)?$/.test(v) ? Number(v.replace(/_/g, "")) : undefined;
    values[date] = typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : (separated ?? null);
  }
  return values;
}

const prefixes = process.argv.slice(2);
const selected = (path: string): boolean => prefixes.length === 0 || prefixes.some((p) => path.startsWith(p));

const missing: string[] = [];
for (const [path, wording] of Object.entries(parameterWordings)) {
  if (!selected(path)) continue;
  const source = join(referenceDir, "parameters", `${path}.yaml`);
  // Dates must stay strings: parse with the YAML 1.2 core schema (no timestamps).
  const ref = YAML.parse(readFileSync(source, "utf8")) as {
    values?: unknown;
    metadata?: { unit?: unknown; reference?: unknown };
  };
  const extracted = extractReferences(ref.metadata?.reference);
  // Zéro's own references are used when the source cites none, and added when it only
  // cites a circular (the RSA farmers' ceiling, the biactivity floor).
  const references = [...extracted, ...(wording.reference ?? [])];
  if (references.length === 0) missing.push(path);
  const doc = {
    description: wording.description,
    label: wording.label,
    values: extractValues(ref.values),
    metadata: {
      ...(typeof ref.metadata?.unit === "string" ? { unit: ref.metadata.unit } : {}),
      reference: references,
      source:
        extracted.length > 0
          ? "Valeurs, dates et références légales reprises d'OpenFisca-France " +
            `(openfisca_france/parameters/${path}.yaml, commit ${COMMIT.slice(0, 10)}) ; description rédigée pour Zéro.`
          : `Valeurs et dates reprises d'OpenFisca-France (openfisca_france/parameters/${path}.yaml, commit ` +
            `${COMMIT.slice(0, 10)}), qui ne cite pas de texte ; référence légale et description rédigées pour Zéro.`,
    },
  };
  const target = join(outDir, `${path}.yaml`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, YAML.stringify(doc, { lineWidth: 0 }));
}

for (const [path, description] of Object.entries(nodeWordings)) {
  if (!selected(path)) continue;
  const target = join(outDir, path, "index.yaml");
  if (!existsSync(dirname(target))) continue;
  writeFileSync(target, YAML.stringify({ description }, { lineWidth: 0 }));
}

if (missing.length > 0) {
  console.error(`Sans référence légale dans la source, à compléter à la main :\n${missing.join("\n")}`);
  process.exitCode = 1;
}
console.log(`${Object.keys(parameterWordings).filter(selected).length} paramètres écrits dans ${outDir}`);
