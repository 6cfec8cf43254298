// Why a variable has its value: the computation tree of one instance (variables, periods,
// values, where each value comes from, parameters read with their legal sources), built
// from the tracer; explanation-readers.ts reads conditions, figures and sources from it.
// Generic: labels and references are the model's; sentences are the model package's job.
import { EngineError } from "./errors.ts";
import { parseInstant } from "./instant.ts";
import { parameterReferencesAt, variableReferences, type LegalReference } from "./legal-reference.ts";
import { parsePeriod } from "./period.ts";
import { readableValue, type ReadableValue } from "./readable.ts";
import type { MissingInput } from "./simulation.ts";
import { simulationFromSituation } from "./situation.ts";
import type { TaxBenefitSystem } from "./system.ts";
import type { TraceNode } from "./tracer.ts";
import type { DefinitionPeriod, ValueType } from "./variable.ts";

/** Where a value comes from: given, computed, OpenFisca's default, or summed/divided from other periods (`calculateOutput`). */
export type ExplanationSource = "input" | "formula" | "default" | "aggregate";

export interface ExplainedParameter {
  /** Dotted path in the parameter tree. */
  readonly path: string;
  /** The instant it was read at ("YYYY-MM-DD"). */
  readonly instant: string;
  /** Its value then (a number, a boolean, a string, a list, or a scale's thresholds and rates). */
  readonly value: unknown;
  readonly label: string | undefined;
  readonly description: string | undefined;
  readonly unit: string | undefined;
  /** The texts in force at that instant (see `parameterReferencesAt`). */
  readonly references: readonly LegalReference[];
}

export interface InstanceValue {
  readonly id: string;
  readonly value: ReadableValue;
}

export interface ExplanationNode {
  readonly variable: string;
  readonly label: string;
  readonly period: string;
  readonly entity: string;
  /** The value for the explained instance's linked instance of `entity` when there is one (else see `instances`). */
  readonly value: ReadableValue | undefined;
  /** The values of the instances of `entity` linked to the explained one (its members, its groups). */
  readonly instances: readonly InstanceValue[];
  readonly source: ExplanationSource;
  readonly references: readonly LegalReference[];
  readonly parameters: readonly ExplainedParameter[];
  readonly children: readonly ExplanationNode[];
  /** The same variable and period is expanded nearer the root (or earlier at the same depth): children left out here. */
  readonly repeated?: true;
  /** Children left out by the bounds (`maxDepth`, `maxNodes`). */
  readonly truncated?: number;
}

export interface ExplainOptions {
  readonly variable: string;
  /** OpenFisca period: `2025-06`, `2025`… */
  readonly period: string;
  /** The entity of the instance explained, singular or plural key (default: the variable's). */
  readonly entity?: string;
  /** The instance's id in the situation (default: the first instance). */
  readonly id?: string;
  /** Nodes deeper than this keep no children (default 16; the root is at depth 0). */
  readonly maxDepth?: number;
  /** At most this many nodes in the tree, filled breadth first (default 2000). */
  readonly maxNodes?: number;
}

export interface Explanation {
  readonly variable: string;
  readonly label: string;
  readonly period: string;
  readonly entity: string;
  readonly id: string;
  readonly definitionPeriod: DefinitionPeriod;
  readonly valueType: ValueType;
  readonly unit: string | undefined;
  readonly value: ReadableValue;
  readonly tree: ExplanationNode;
  /** The bounds applied: how many nodes the tree holds and how many were left out. */
  readonly bounds: { readonly maxDepth: number; readonly maxNodes: number; readonly nodes: number; readonly truncated: number };
  /** Inputs read without a value (OpenFisca's default used), for any instance. */
  readonly missingInputs: readonly MissingInput[];
}

export const EXPLAIN_MAX_DEPTH = 16;
export const EXPLAIN_MAX_NODES = 2000;

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

function entityKeyOf(system: TaxBenefitSystem, key: string): string {
  if (system.entities.has(key)) return key;
  const singular = system.entities.keyOfPlural(key);
  if (singular) return singular;
  throw new EngineError("explain", `"${key}" is not an entity of the system`);
}

/** The value of `variable` for `period` and the tree of how it was computed, for one instance of a situation (OpenFisca JSON). */
export function explain(system: TaxBenefitSystem, situation: unknown, options: ExplainOptions): Explanation {
  const variable = system.variable(options.variable);
  const period = parsePeriod(options.period).toString();
  const entity = entityKeyOf(system, options.entity ?? variable.entity);
  if (isRecord(situation) && "axes" in situation) throw new EngineError("explain", "explain reads one situation, without axes");
  // The ids are known once the situation is read: a first pass without tracing finds the index.
  const index = (ids: readonly string[]): number => {
    if (options.id === undefined) return 0;
    const i = ids.indexOf(options.id);
    if (i < 0) throw new EngineError("explain", `no ${entity} "${options.id}" in the situation`);
    return i;
  };
  const probe = simulationFromSituation(system, situation);
  const tracked = index(probe.ids[entity] ?? []);
  const { simulation, ids } = simulationFromSituation(system, situation, { trace: { entity, index: tracked } });
  const vector = simulation.calculateOutput(variable.name, period);
  const linked = linkedIndices(simulation.trace(), variable.name, period, variable.entity);
  if (linked.length !== 1) {
    throw new EngineError("explain", `${variable.name} is defined for ${variable.entity}: explain one ${variable.entity}, not a ${entity}`);
  }
  const value = readableValue(variable, vector, linked[0]!);
  const maxDepth = options.maxDepth ?? EXPLAIN_MAX_DEPTH;
  const maxNodes = Math.max(1, options.maxNodes ?? EXPLAIN_MAX_NODES);
  const built = buildTree(
    system,
    simulation.trace(),
    { variable: variable.name, period, value, idsOf: (e) => ids[e] ?? [] },
    maxDepth,
    maxNodes,
  );
  return {
    variable: variable.name,
    label: variable.label,
    period,
    entity,
    id: ids[entity]![tracked]!,
    definitionPeriod: variable.definitionPeriod,
    valueType: variable.valueType,
    unit: variable.unit,
    value,
    tree: built.tree,
    bounds: { maxDepth, maxNodes, nodes: built.nodes, truncated: built.truncated },
    missingInputs: simulation.missingInputs(),
  };
}

/** The indices the trace kept for the variable's entity (those linked to the tracked instance). */
function linkedIndices(roots: readonly TraceNode[], variable: string, period: string, entity: string): readonly number[] {
  const root = roots.find((r) => r.variable === variable) ?? roots.find((r) => r.entity === entity);
  if (!root) throw new EngineError("explain", `${variable} was not traced for ${period}`);
  return root.indices;
}

const SOURCES: Record<TraceNode["source"], ExplanationSource> = {
  input: "input",
  formula: "formula",
  default: "default",
  spiral: "default", // OpenFisca's spiral rule: the default, as a value not yet known
  cache: "formula", // resolved to the first computation when it is in the trace
};

interface RootInfo {
  readonly variable: string;
  readonly period: string;
  readonly value: ReadableValue;
  readonly idsOf: (entity: string) => readonly string[];
}

function buildTree(
  system: TaxBenefitSystem,
  roots: readonly TraceNode[],
  root: RootInfo,
  maxDepth: number,
  maxNodes: number,
): { tree: ExplanationNode; nodes: number; truncated: number } {
  // A value from the cache points to the computation it repeats: the last one of that
  // variable and period before it, in the order of computation (the trace's preorder).
  const origin = new Map<TraceNode, TraceNode>();
  const last = new Map<string, TraceNode>();
  const visit = (n: TraceNode): void => {
    const key = `${n.variable}@${n.period}`;
    if (n.source === "cache") {
      const o = last.get(key);
      if (o) origin.set(n, o);
    } else if (n.source !== "spiral") last.set(key, n);
    n.children.forEach(visit);
  };
  roots.forEach(visit);

  const references = new Map<string, readonly LegalReference[]>();
  const referencesOf = (name: string): readonly LegalReference[] => {
    let r = references.get(name);
    if (!r) references.set(name, (r = system.hasVariable(name) ? variableReferences(system.variable(name)) : []));
    return r;
  };
  const parameters = new Map<string, ExplainedParameter>();
  const parameterOf = (path: string, instant: string, value: unknown): ExplainedParameter => {
    const key = `${path}@${instant}`;
    let p = parameters.get(key);
    if (!p) {
      const entry = system.findParameter(path);
      const at = parseInstant(instant);
      const unit = entry?.metadata.unit;
      p = {
        path,
        instant,
        value,
        label: entry?.label,
        description: entry?.description,
        unit: typeof unit === "string" ? unit : undefined,
        references: entry && at ? parameterReferencesAt(entry, at.key) : [],
      };
      parameters.set(key, p);
    }
    return p;
  };

  type Mutable = { -readonly [K in keyof ExplanationNode]: ExplanationNode[K] } & { children: ExplanationNode[] };
  const make = (n: TraceNode, identity: TraceNode): Mutable => {
    const ids = root.idsOf(n.entity);
    const instances = n.indices.map((i, k) => ({ id: ids[i] ?? String(i), value: n.values[k]! }));
    return {
      variable: n.variable,
      label: system.hasVariable(n.variable) ? system.variable(n.variable).label : n.variable,
      period: n.period,
      entity: n.entity,
      value: instances.length === 1 ? instances[0]!.value : undefined,
      instances,
      source: SOURCES[identity.source],
      references: referencesOf(n.variable),
      parameters: identity.parameters.map((p) => parameterOf(p.path, p.instant, p.value)),
      children: [],
    };
  };

  // The root: the variable itself, or (calculateOutput add/divide) the periods it was summed or divided from.
  const single = roots.length === 1 && roots[0]!.variable === root.variable && roots[0]!.period === root.period ? roots[0] : undefined;
  let tree: Mutable;
  let queue: { node: TraceNode; depth: number; parent: Mutable }[] = [];
  let count = 1;
  let truncated = 0;
  const expanded = new Set<TraceNode>();
  if (single) {
    tree = make(single, single);
    expanded.add(single);
    for (const c of single.children) queue.push({ node: c, depth: 1, parent: tree });
  } else {
    const first = roots[0];
    tree = {
      variable: root.variable,
      label: system.variable(root.variable).label,
      period: root.period,
      entity: first?.entity ?? system.variable(root.variable).entity,
      value: root.value,
      instances: first ? first.indices.map((i) => ({ id: root.idsOf(first.entity)[i] ?? String(i), value: root.value })) : [],
      source: "aggregate",
      references: referencesOf(root.variable),
      parameters: [],
      children: [],
    };
    for (const r of roots) queue.push({ node: r, depth: 1, parent: tree });
  }
  tree.value = root.value;
  if (maxDepth <= 0) {
    truncated += queue.length;
    if (queue.length > 0) tree.truncated = queue.length;
    queue = [];
  }
  // Breadth first: each variable and period is expanded where it is nearest the root.
  for (let q = 0; q < queue.length; q++) {
    const { node, depth, parent } = queue[q]!;
    if (count >= maxNodes) {
      parent.truncated = (parent.truncated ?? 0) + 1;
      truncated++;
      continue;
    }
    const identity = origin.get(node) ?? node;
    const out = make(node, identity);
    count++;
    parent.children.push(out);
    if (expanded.has(identity)) {
      if (identity.children.length > 0) out.repeated = true;
      continue;
    }
    expanded.add(identity);
    if (depth >= maxDepth) {
      if (identity.children.length > 0) {
        out.truncated = identity.children.length;
        truncated += identity.children.length;
      }
      continue;
    }
    for (const c of identity.children) queue.push({ node: c, depth: depth + 1, parent: out });
  }
  return { tree, nodes: count, truncated };
}
