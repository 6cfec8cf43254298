// An explanation of the engine (explain + nearestChange) in plain French: a summary, the
// conditions met or failed, the figures used, the texts of the law, and the nearest change.
// Generic over the model: the sentences come from the labels, refined by the optional
// wording file of the benefit (explanations/<variable>.yaml).
import {
  conditionsOf,
  figuresOf,
  sourcesOf,
  type Condition,
  type Explanation,
  type ExplanationNode,
  type Figure,
  type LegalReference,
  type NearestChange,
  type ReadableValue,
} from "@zero/engine";
import { euros, number, parameterValueText, periodsText, periodText, perPeriod, wholeEuros } from "./format.ts";
import { loadWordings, type BenefitWording, type InputWording, type Wordings, type WordingTest } from "./wording.ts";

export interface ExplainedResult extends Explanation {
  readonly nearestChange?: NearestChange | undefined;
}

export interface FrenchCondition {
  readonly variable: string;
  readonly id: string;
  readonly met: boolean;
  readonly text: string;
  readonly references: readonly LegalReference[];
}

export interface FrenchFigure {
  readonly path: string;
  readonly value: unknown;
  readonly instant: string;
  readonly text: string;
  readonly label: string | undefined;
  readonly source: string | undefined;
  readonly href: string | undefined;
}

export interface FrenchSource {
  readonly title: string;
  readonly href: string;
}

export interface FrenchNearestChange {
  readonly text: string;
  readonly variable: string;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly newAmount: number;
}

export interface FrenchExplanation {
  readonly summary: string;
  readonly conditions: readonly FrenchCondition[];
  readonly figures: readonly FrenchFigure[];
  /** Links to the texts of the law (references without a link are left out). */
  readonly sources: readonly FrenchSource[];
  readonly nearestChange: FrenchNearestChange | null;
}

export interface FrenchExplanationOptions {
  /** Default: the package's explanations/ folder. */
  readonly wordings?: Wordings;
  /** Default 6, 8 and 12. */
  readonly maxConditions?: number;
  readonly maxFigures?: number;
  readonly maxSources?: number;
}

/** The nearest node of a variable, breadth first. */
function nearest(tree: ExplanationNode, variable: string): ExplanationNode | undefined {
  const queue = [tree];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    if (n.variable === variable) return n;
    queue.push(...n.children);
  }
  return undefined;
}

const valueOf = (node: ExplanationNode | undefined): ReadableValue | undefined => node?.value ?? node?.instances[0]?.value;

function valueText(value: ReadableValue | undefined): string {
  if (value === undefined) return "?";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) < 100 ? number(value) : euros(value);
  return value;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
};
const clause = (s: string): string => s.trim().replace(/[.]$/, "");

class Context {
  readonly result: ExplainedResult;
  readonly wording: BenefitWording | undefined;
  readonly figures: Figure[];
  readonly inputs: Readonly<Record<string, InputWording>>;

  constructor(result: ExplainedResult, wordings: Wordings) {
    this.result = result;
    this.wording = wordings.benefits.get(result.variable);
    this.figures = figuresOf(result.tree);
    this.inputs = { ...wordings.inputs, ...this.wording?.inputs };
  }

  get droit(): string {
    return this.wording?.droit ?? `à « ${this.result.label} »`;
  }

  get amount(): string {
    return typeof this.result.value === "number" ? euros(this.result.value) : valueText(this.result.value);
  }

  /** A parameter's value (`p:path`) or a variable's (`v:name`) as a number, for tests. */
  numeric(ref: number | string): number | undefined {
    if (typeof ref === "number") return ref;
    if (ref.startsWith("p:")) {
      const v = this.figures.find((f) => f.path === ref.slice(2))?.value;
      return typeof v === "number" ? v : undefined;
    }
    const v = valueOf(nearest(this.result.tree, ref.slice(2)));
    return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : undefined;
  }

  holds(test: WordingTest): boolean {
    const value = valueOf(nearest(this.result.tree, test.variable));
    if (value === undefined) return false;
    if (test.is !== undefined) return value === test.is;
    const x = typeof value === "boolean" ? Number(value) : value;
    if (typeof x !== "number") return false;
    if (test.below !== undefined) {
      const limit = this.numeric(test.below);
      return limit !== undefined && x < limit;
    }
    const limit = this.numeric(test.atLeast!);
    return limit !== undefined && x >= limit;
  }

  /** Fills `{montant}`, `{periode}`, `{droit}`, `{v:variable}`, `{p:path}` and the extra keys given. */
  fill(template: string, extra: Record<string, string> = {}): string {
    return template.replace(/\{([^{}]+)\}/g, (whole, key: string) => {
      if (key in extra) return extra[key]!;
      if (key === "montant") return this.amount;
      if (key === "periode") return periodText(this.result.period);
      if (key === "droit") return this.droit;
      if (key.startsWith("v:")) return valueText(valueOf(nearest(this.result.tree, key.slice(2))));
      if (key.startsWith("p:")) {
        const f = this.figures.find((x) => x.path === key.slice(2));
        return f ? parameterValueText(f.value, f.unit) : "?";
      }
      return whole;
    });
  }
}

function conditionText(ctx: Context, c: Condition): string {
  const w = ctx.wording?.conditions?.[c.variable];
  const template = c.met ? w?.met : w?.failed;
  const who = c.entity !== ctx.result.entity ? ` (${c.id})` : "";
  if (template) return sentence(ctx.fill(template, { id: c.id }));
  // Without wording, a yes/no variable read on the way is a fact, not always a condition: said as such.
  return `${c.label}${who} : ${c.met ? "oui" : "non"}.`;
}

/** Whether the wording hides the condition (not one of the benefit's, or not shown in that case). */
function hidden(ctx: Context, c: Condition): boolean {
  const w = ctx.wording;
  if (w?.hiddenConditions?.includes(c.variable)) return true;
  const own = w?.conditions?.[c.variable];
  return (c.met ? own?.met : own?.failed) === false;
}

function summaryOf(ctx: Context): string {
  const r = ctx.result;
  const when = periodText(r.period);
  if (r.valueType === "bool") {
    return r.value === true ? `Oui : ${r.label} (${when}).` : `Non : ${r.label} (${when}).`;
  }
  if (r.valueType !== "float") return `${r.label} : ${valueText(r.value)} (${when}).`;
  const value = typeof r.value === "number" ? r.value : 0;
  if (value > 0) {
    const template = ctx.wording?.award ?? `Vous avez droit {droit} : {montant}${perPeriod(r.definitionPeriod)} ({periode}).`;
    return sentence(ctx.fill(template));
  }
  return `Vous n'avez pas droit ${ctx.droit} en ${when} : ${clause(refusalReason(ctx))}.`;
}

function refusalReason(ctx: Context): string {
  for (const reason of ctx.wording?.refusal ?? []) if (ctx.holds(reason.when)) return ctx.fill(reason.text);
  // The conditions its formula reads directly.
  const failed = conditionsOf(ctx.result.tree, { maxDepth: 1 }).filter((c) => !c.met);
  if (failed.length > 0) {
    return failed
      .map((c) => {
        const w = ctx.wording?.conditions?.[c.variable]?.failed;
        return w ? clause(ctx.fill(w, { id: c.id })) : `« ${c.label} » : non`;
      })
      .join(" ; ");
  }
  return "le montant calculé est nul";
}

function conditionsFor(ctx: Context, max: number): FrenchCondition[] {
  const r = ctx.result;
  const all = conditionsOf(r.tree);
  const chosen: Condition[] = [];
  const add = (c: Condition) => {
    if (chosen.length < max && !chosen.includes(c) && !hidden(ctx, c)) chosen.push(c);
  };
  for (const name of ctx.wording?.keyConditions ?? []) for (const c of all) if (c.variable === name) add(c);
  // Then what was computed or given (not the defaults nobody gave), nearest first; the failed first when refused.
  const rest = all.filter((c) => c.source !== "default" && c.depth <= 3);
  const refused = !(typeof r.value === "number" ? r.value > 0 : r.value === true);
  for (const c of refused ? [...rest.filter((x) => !x.met), ...rest.filter((x) => x.met)] : rest) add(c);
  return chosen.map((c) => ({ variable: c.variable, id: c.id, met: c.met, text: conditionText(ctx, c), references: c.references }));
}

function figuresFor(ctx: Context, max: number): FrenchFigure[] {
  // One figure per parameter: its value at the latest instant read (a quarter's months may
  // straddle a revaluation), the other values said after it.
  const byPath = new Map<string, Figure[]>();
  for (const f of ctx.figures) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const order = [...(ctx.wording?.keyFigures ?? []).filter((p) => byPath.has(p)), ...byPath.keys()];
  const chosen = [...new Set(order)].slice(0, max);
  return chosen.map((path) => {
    const all = byPath.get(path)!.sort((a, b) => b.instant.localeCompare(a.instant));
    const f = all[0]!;
    const valeur = parameterValueText(f.value, f.unit);
    const template = ctx.wording?.figures?.[f.path];
    const base = template ? clause(ctx.fill(template, { valeur })) : `${f.label ?? f.description ?? f.path} : ${valeur}`;
    const earlier = new Map<string, string>();
    for (const e of all.slice(1)) {
      const v = parameterValueText(e.value, e.unit);
      if (v !== valeur && !earlier.has(v)) earlier.set(v, `${v} en ${periodText(e.instant.slice(0, 7))}`);
    }
    const text = earlier.size > 0 ? `${base} (${[...earlier.values()].join(", ")}).` : `${base}.`;
    return { path: f.path, value: f.value, instant: f.instant, text, label: f.label, source: f.source, href: f.href };
  });
}

function sourcesFor(ctx: Context, conditions: readonly FrenchCondition[], figures: readonly FrenchFigure[], max: number): FrenchSource[] {
  const out: FrenchSource[] = [];
  const add = (r: LegalReference) => {
    if (out.length >= max || r.href === undefined || out.some((s) => s.title === r.title && s.href === r.href)) return;
    out.push({ title: r.title, href: r.href });
  };
  // The benefit's own texts, then those of what is shown, then the rest nearest first.
  ctx.result.tree.references.forEach(add);
  for (const f of figures) ctx.figures.find((x) => x.path === f.path && x.instant === f.instant)?.references.forEach(add);
  for (const c of conditions) c.references.forEach(add);
  sourcesOf(ctx.result.tree).forEach(add);
  return out;
}

/** A threshold rounded to the safe side: down when the input must stay below it, up when it must reach it. */
function roundedThreshold(to: number, lower: boolean): number {
  const step = Math.abs(to) >= 1000 ? 10 : 1;
  return lower ? Math.floor(to / step) * step : Math.ceil(to / step) * step;
}

function nearestChangeFor(ctx: Context): FrenchNearestChange | null {
  const change = ctx.result.nearestChange;
  if (!change) return null;
  const { input } = change;
  const lower = change.to < change.from;
  const amountLike = input.unit === undefined || input.unit === "currency";
  const threshold = roundedThreshold(change.to, lower);
  const valeur = `${amountLike ? wholeEuros(threshold) : number(threshold)}${perPeriod(input.definitionPeriod)}`;
  const w = ctx.inputs[input.variable];
  const template =
    (lower ? w?.lower : w?.higher) ??
    (lower ? `si « ${input.label} » ne dépassait pas {valeur}` : `si « ${input.label} » atteignait {valeur}`);
  const condition = `${clause(ctx.fill(template, { valeur }))} ${periodsText(input.periods)}`;
  const per = perPeriod(ctx.result.definitionPeriod);
  const now = typeof ctx.result.value === "number" ? ctx.result.value : 0;
  const instead = now > 0 ? ` au lieu de ${euros(now)}` : "";
  const gain = `vous auriez droit ${ctx.droit} : environ ${wholeEuros(change.newAmount)}${per}${instead}`;
  return {
    text: `${capitalize(condition)}, ${gain}.`,
    variable: input.variable,
    id: input.id,
    from: change.from,
    to: change.to,
    newAmount: change.newAmount,
  };
}

/** The explanation in plain French. */
export function frenchExplanation(result: ExplainedResult, options: FrenchExplanationOptions = {}): FrenchExplanation {
  const ctx = new Context(result, options.wordings ?? loadWordings());
  const conditions = conditionsFor(ctx, options.maxConditions ?? 6);
  const figures = figuresFor(ctx, options.maxFigures ?? 8);
  return {
    summary: summaryOf(ctx),
    conditions,
    figures,
    sources: sourcesFor(ctx, conditions, figures, options.maxSources ?? 12),
    nearestChange: nearestChangeFor(ctx),
  };
}
