// Pure readers of an explanation tree: the conditions met or failed, the figures (the
// parameters used) and the legal sources, nearest the result first.
import type { ExplainedParameter, ExplanationNode, ExplanationSource } from "./explain.ts";
import type { LegalReference } from "./legal-reference.ts";

/** Nodes breadth first (nearest the root first), with their depth. */
function* breadthFirst(tree: ExplanationNode): Generator<{ node: ExplanationNode; depth: number }> {
  const queue: { node: ExplanationNode; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const item = queue[q]!;
    yield item;
    for (const c of item.node.children) queue.push({ node: c, depth: item.depth + 1 });
  }
}

export interface Condition {
  readonly variable: string;
  readonly label: string;
  readonly period: string;
  readonly entity: string;
  /** The instance it is about (a member of the household, the household…). */
  readonly id: string;
  readonly met: boolean;
  readonly source: ExplanationSource;
  /** Distance from the result (1: read by its formula). */
  readonly depth: number;
  readonly references: readonly LegalReference[];
}

export interface ConditionsOptions {
  /** Only conditions of these sources (default: all; `["formula", "input"]` leaves out the defaults nobody gave). */
  readonly sources?: readonly ExplanationSource[];
  /** Only conditions at most this far from the result. */
  readonly maxDepth?: number;
}

/** The yes/no variables the result depends on, met or failed, nearest first, once per variable and instance (at its nearest period). */
export function conditionsOf(tree: ExplanationNode, options: ConditionsOptions = {}): Condition[] {
  const out: Condition[] = [];
  const seen = new Set<string>();
  for (const { node, depth } of breadthFirst(tree)) {
    if (depth === 0) continue;
    if (options.maxDepth !== undefined && depth > options.maxDepth) break;
    if (options.sources && !options.sources.includes(node.source)) continue;
    for (const { id, value } of node.instances) {
      if (typeof value !== "boolean") continue;
      const key = `${node.variable}\u0000${node.entity}\u0000${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { variable, label, period, entity, source, references } = node;
      out.push({ variable, label, period, entity, id, met: value, source, depth, references });
    }
  }
  return out;
}

export interface Figure extends ExplainedParameter {
  /** The first of its references, and the first link among them. */
  readonly source: string | undefined;
  readonly href: string | undefined;
  /** The variables whose formulas read it, nearest first. */
  readonly usedBy: readonly string[];
  readonly depth: number;
}

/** Each parameter the result used (in force at the instant read: not-in-force reads are left out), nearest first, once per instant. */
export function figuresOf(tree: ExplanationNode): Figure[] {
  const byKey = new Map<string, { figure: Figure; usedBy: string[] }>();
  for (const { node, depth } of breadthFirst(tree)) {
    for (const p of node.parameters) {
      if (p.value === undefined || p.value === null) continue;
      const key = `${p.path}@${p.instant}`;
      const known = byKey.get(key);
      if (known) {
        if (!known.usedBy.includes(node.variable)) known.usedBy.push(node.variable);
        continue;
      }
      const usedBy = [node.variable];
      const figure: Figure = { ...p, source: p.references[0]?.title, href: p.references.find((r) => r.href)?.href, usedBy, depth };
      byKey.set(key, { figure, usedBy });
    }
  }
  return [...byKey.values()].map((f) => f.figure);
}

export interface Source extends LegalReference {
  /** What it is the source of: variable names and parameter paths, nearest first. */
  readonly of: readonly string[];
}

/** Every legal reference of the variables and parameters of the tree, once per title and link, nearest first. */
export function sourcesOf(tree: ExplanationNode): Source[] {
  const byKey = new Map<string, { title: string; href?: string; of: string[] }>();
  const add = (r: LegalReference, of: string): void => {
    const key = `${r.title}\u0000${r.href ?? ""}`;
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = r.href === undefined ? { title: r.title, of: [] } : { title: r.title, href: r.href, of: [] }));
    if (!s.of.includes(of)) s.of.push(of);
  };
  for (const { node } of breadthFirst(tree)) {
    for (const r of node.references) add(r, node.variable);
    for (const p of node.parameters) if (p.value !== undefined && p.value !== null) for (const r of p.references) add(r, p.path);
  }
  return [...byKey.values()];
}
