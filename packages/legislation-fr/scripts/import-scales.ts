/**
 * One-off generator of the scales (barèmes), which `import-parameters.ts` (values only) does not
 * write: the income tax's and the aides des jeunes' (AGEPI…). Keeps only facts from OpenFisca-France's
 * reference parameters — each bracket's dated thresholds and rates or amounts, the unit and legal
 * references — and writes Zéro's YAML with the wording of `impotRevenuScaleWordings` and
 * `jeunesScaleWordings`. Usage:
 *   tsx packages/legislation-fr/scripts/import-scales.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { impotRevenuScaleWordings } from "./parameter-descriptions-impot-revenu.ts";
import { jeunesScaleWordings } from "./parameter-descriptions-jeunes.ts";

const SCALES = { ...impotRevenuScaleWordings, ...jeunesScaleWordings };

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const referenceDir = process.env.OPENFISCA_REFERENCE_DIR ?? resolve(repoRoot, "../shared/reference/openfisca-france");
const outDir = resolve(here, "../parameters");
const COMMIT = "a7038ee49132b842612b2e3d1ca0ba202c6a796d";

type Dated = Record<string, { value?: unknown } | null>;

function values(raw: unknown): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [date, entry] of Object.entries((raw ?? {}) as Dated)) {
    const v = entry?.value;
    out[date] = typeof v === "number" ? v : null;
  }
  return out;
}

function references(raw: unknown): { title: string; href?: string; since?: string }[] {
  const refs: { title: string; href?: string; since?: string }[] = [];
  const push = (item: unknown, since?: string): void => {
    const { title, href } = (item ?? {}) as { title?: unknown; href?: unknown };
    if (typeof title !== "string" || title.trim() === "") return;
    refs.push({ title: title.trim(), ...(since ? { since } : {}), ...(typeof href === "string" ? { href } : {}) });
  };
  if (Array.isArray(raw)) raw.forEach((r) => push(r));
  else if (raw && typeof raw === "object" && "title" in raw) push(raw);
  else if (raw && typeof raw === "object") {
    for (const [date, items] of Object.entries(raw)) (Array.isArray(items) ? items : [items]).forEach((r) => push(r, date));
  }
  return refs;
}

for (const [path, wording] of Object.entries(SCALES)) {
  const ref = YAML.parse(readFileSync(join(referenceDir, "parameters", `${path}.yaml`), "utf8")) as {
    brackets: Record<string, unknown>[];
    metadata?: { type?: string; threshold_unit?: string; rate_unit?: string; reference?: unknown };
  };
  const brackets = ref.brackets.map((b) => {
    const out: Record<string, Record<string, number | null>> = { threshold: values(b.threshold) };
    for (const k of ["rate", "amount", "average_rate", "base"]) if (b[k] !== undefined) out[k] = values(b[k]);
    return out;
  });
  const extracted = references(ref.metadata?.reference);
  const refs = [...extracted, ...(wording.reference ?? [])];
  if (refs.length === 0) throw new Error(`${path}: no legal reference`);
  const doc = {
    description: wording.description,
    label: wording.label,
    brackets,
    metadata: {
      ...(ref.metadata?.type ? { type: ref.metadata.type } : {}),
      ...(ref.metadata?.threshold_unit ? { threshold_unit: ref.metadata.threshold_unit } : {}),
      ...(ref.metadata?.rate_unit ? { rate_unit: ref.metadata.rate_unit } : {}),
      reference: refs,
      source:
        `Seuils, taux, dates et références légales repris d'OpenFisca-France (openfisca_france/parameters/${path}.yaml, ` +
        `commit ${COMMIT.slice(0, 10)}) ; description rédigée pour Zéro.`,
    },
  };
  const target = join(outDir, `${path}.yaml`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, YAML.stringify(doc, { lineWidth: 0 }));
}
console.log(`${Object.keys(SCALES).length} barèmes écrits dans ${outDir}`);
