// Renders the conformance outcomes as docs/conformance.md (pure: no I/O).
import type { AssertionResult } from "@zero/engine";
import { BENEFITS, belongsTo, labelOf, type Benefit, type CaseOutcome } from "./conformance-cases.ts";
import { DECISIONS } from "./conformance-decisions.ts";
import { knownCause } from "./conformance-known-causes.ts";

export { BENEFITS, belongsTo, type Benefit, type CaseOutcome } from "./conformance-cases.ts";

/** The assertions of a case that concern one benefit. */
function assertionsFor(outcome: CaseOutcome, b: Benefit): AssertionResult[] {
  return outcome.result.assertions.filter((a) => belongsTo(a.variable, b));
}

export function passesFor(outcome: CaseOutcome, b: Benefit): boolean {
  if (outcome.result.error) return false;
  const mine = assertionsFor(outcome, b);
  return mine.length > 0 && mine.every((a) => a.passed);
}

/** Short, groupable reasons why a case fails for a benefit. */
export function failureReasons(outcome: CaseOutcome, b: Benefit): string[] {
  const { error } = outcome.result;
  if (error) {
    const unknown = /unknown variable (\S+)/i.exec(error);
    return [unknown ? `variable inconnue en entrée : ${unknown[1]}` : `cas non exécutable : ${error.slice(0, 120)}`];
  }
  const reasons = new Set<string>();
  for (const a of assertionsFor(outcome, b)) {
    if (a.passed) continue;
    const unknown = /unknown variable (\S+)/i.exec(a.reason ?? "");
    reasons.add(unknown ? `variable inconnue : ${unknown[1]}` : `valeur fausse : ${a.variable}`);
  }
  return [...reasons];
}

const isFormulas = (o: CaseOutcome): boolean => o.file.startsWith("formulas/");
const pct = (n: number, d: number): string => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

function firstFailure(outcome: CaseOutcome, b: Benefit): string {
  if (outcome.result.error) return outcome.result.error.slice(0, 160);
  const a = assertionsFor(outcome, b).find((x) => !x.passed);
  if (!a) return "";
  return (
    `${a.variable} ${a.period} : attendu ${String(a.expected)}, calculé ` +
    `${typeof a.computed === "number" ? a.computed.toFixed(2) : String(a.computed)}`
  );
}

export function renderReport(outcomes: readonly CaseOutcome[], options: { referenceDir: string }): { markdown: string; summary: string } {
  const lines: string[] = [];
  const summary: string[] = [];
  lines.push("# Conformité du modèle français aux tests d'OpenFisca-France", "");
  lines.push(
    "Généré par `npm run conformance` (`packages/legislation-fr/scripts/conformance.ts`) " +
      `à partir de \`${options.referenceDir}/tests\`. Ne pas éditer à la main.`,
    "",
    "Règle de comptage : un cas compte pour une prestation quand son `output` vérifie une variable " +
      "de cette prestation (`rsa` ou `rsa_…`, `ppa` ou `ppa_…`, `af` ou `af_…`, de même " +
      "pour les autres : voir les noms entre parenthèses) ; l'impôt sur le revenu est jugé sur ses " +
      "trois dossiers, chaque vérification de leurs cas comptant. " +
      "Une vérification d'une variable que Zéro ne calcule pas encore (une entrée ici, calculée par " +
      "OpenFisca-France) échoue, sauf si le cas la donne en entrée : une valeur par défaut ne passe jamais. " +
      "Il est réussi pour cette prestation quand il s'exécute et que toutes " +
      "ses vérifications portant sur les variables de la prestation passent ; " +
      "ses autres vérifications (impôt, cotisations, aides au logement…) ne comptent pas pour " +
      "elle, mais la colonne « cas entier » donne les cas dont toutes les vérifications passent. " +
      "Aucun cas n'est écarté : un cas qui ne s'exécute pas (variable d'entrée inconnue…) compte comme un échec.",
    "",
  );
  lines.push("| Prestation | tests/formulas | tous les dossiers | cas entier (tous dossiers) |", "|---|---|---|---|");
  for (const b of BENEFITS) {
    const all = outcomes.filter((o) => o.benefits.includes(b));
    const formulas = all.filter(isFormulas);
    const ok = all.filter((o) => passesFor(o, b)).length;
    const okF = formulas.filter((o) => passesFor(o, b)).length;
    const whole = all.filter((o) => o.result.passed).length;
    lines.push(
      `| ${labelOf(b)} | ${okF} / ${formulas.length} (${pct(okF, formulas.length)}) ` +
        `| ${ok} / ${all.length} (${pct(ok, all.length)}) | ${whole} / ${all.length} |`,
    );
    summary.push(
      `${b}: formulas ${okF}/${formulas.length} (${pct(okF, formulas.length)}), tous ${ok}/${all.length} (${pct(ok, all.length)})`,
    );
  }
  // The issue's target reads "cases that assert rsa, ppa or af": each such case once,
  // passed when every benefit of the three it asserts passes.
  const trio: Benefit[] = ["rsa", "ppa", "af"];
  const union = outcomes.filter((o) => o.benefits.some((b) => trio.includes(b)));
  const unionPasses = (o: CaseOutcome) => o.benefits.filter((b) => trio.includes(b)).every((b) => passesFor(o, b));
  const unionFormulas = union.filter(isFormulas);
  const okU = union.filter(unionPasses).length;
  const okUF = unionFormulas.filter(unionPasses).length;
  lines.push(
    `| RSA, prime d'activité ou AF (chaque cas qui en vérifie au moins une, une fois) | ${okUF} ` +
      `/ ${unionFormulas.length} (${pct(okUF, unionFormulas.length)}) | ${okU} / ${union.length} ` +
      `(${pct(okU, union.length)}) | ${union.filter((o) => o.result.passed).length} / ${union.length} |`,
  );
  summary.push(
    `rsa|ppa|af: formulas ${okUF}/${unionFormulas.length} (${pct(okUF, unionFormulas.length)}), ` +
      `tous ${okU}/${union.length} (${pct(okU, union.length)})`,
  );
  const folders = [...new Set(outcomes.map((o) => o.file.split("/")[0]!))].sort();
  lines.push("", "## Par dossier", "", `| Dossier | ${BENEFITS.join(" | ")} |`, `|---|${BENEFITS.map(() => "---").join("|")}|`);
  for (const folder of folders) {
    const cells = BENEFITS.map((b) => {
      const set = outcomes.filter((o) => o.file.split("/")[0] === folder && o.benefits.includes(b));
      return set.length === 0 ? "–" : `${set.filter((o) => passesFor(o, b)).length} / ${set.length}`;
    });
    lines.push(`| ${folder} | ${cells.join(" | ")} |`);
  }
  lines.push("", ...DECISIONS);
  for (const b of BENEFITS) {
    const failing = outcomes.filter((o) => o.benefits.includes(b) && !passesFor(o, b));
    lines.push("", `## ${labelOf(b)} : causes d'échec`, "");
    if (failing.length === 0) {
      lines.push("Aucun échec.");
      continue;
    }
    const groups = new Map<string, number>();
    for (const o of failing) for (const r of failureReasons(o, b)) groups.set(r, (groups.get(r) ?? 0) + 1);
    lines.push("| Cause | cas |", "|---|---|");
    for (const [reason, n] of [...groups].sort((x, y) => y[1] - x[1])) lines.push(`| ${reason} | ${n} |`);
    const analysed = new Map<string, number>();
    for (const o of failing) {
      const cause = knownCause(o, b) ?? "non analysé";
      analysed.set(cause, (analysed.get(cause) ?? 0) + 1);
    }
    lines.push("", "Causes identifiées en lisant les cas (analyse manuelle, `scripts/conformance-known-causes.ts`) :", "");
    lines.push("| Cause identifiée | cas |", "|---|---|");
    for (const [cause, n] of [...analysed].sort((x, y) => y[1] - x[1])) lines.push(`| ${cause} | ${n} |`);
    lines.push("", "<details><summary>Cas en échec</summary>", "");
    for (const o of failing) {
      const cause = knownCause(o, b);
      lines.push(
        `- \`${o.file}\` #${o.index + 1} « ${o.name.replace(/\s+/g, " ").slice(0, 90)} ` +
          `» — ${firstFailure(o, b)}${cause ? ` — *${cause}*` : ""}`,
      );
    }
    lines.push("", "</details>");
  }
  return { markdown: `${lines.join("\n")}\n`, summary: summary.join("\n") };
}
