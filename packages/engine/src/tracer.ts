// Records the computation tree (variables, periods, values, parameters read): the
// basis of explanations. Values are kept only for the tracked entity indices.
import { readableValue } from "./readable.ts";
import type { Variable, Vector } from "./variable.ts";

export type TraceSource = "input" | "formula" | "default" | "cache" | "spiral";

export interface TraceParameter {
  readonly path: string;
  readonly value: unknown;
  /** The instant the tree was read at ("YYYY-MM-DD"): the period's start, or another (last year's…). */
  readonly instant: string;
}

export interface TraceNode {
  readonly variable: string;
  readonly period: string;
  readonly entity: string;
  source: TraceSource;
  /** Entity indices the values are for. */
  indices: readonly number[];
  values: readonly (number | string | boolean)[];
  readonly parameters: TraceParameter[];
  readonly children: TraceNode[];
}

export type TraceOption = boolean | { readonly entity: string; readonly index: number };

export class Tracer {
  readonly roots: TraceNode[] = [];
  readonly #stack: TraceNode[] = [];
  readonly #indices: (entity: string) => readonly number[] | undefined;

  /** `indices(entity)`: the tracked indices for an entity, undefined for all. */
  constructor(indices: (entity: string) => readonly number[] | undefined) {
    this.#indices = indices;
  }

  start(variable: Variable, period: string): void {
    const node: TraceNode = {
      variable: variable.name,
      period,
      entity: variable.entity,
      source: "formula",
      indices: [],
      values: [],
      parameters: [],
      children: [],
    };
    const parent = this.#stack[this.#stack.length - 1];
    (parent ? parent.children : this.roots).push(node);
    this.#stack.push(node);
  }

  end(variable: Variable, vector: Vector | undefined, source: TraceSource): void {
    const node = this.#stack.pop();
    if (!node) return;
    node.source = source;
    if (vector === undefined) return;
    const indices = this.#indices(variable.entity) ?? Array.from({ length: vector.length }, (_, i) => i);
    node.indices = indices;
    node.values = indices.map((i) => readableValue(variable, vector, i));
  }

  /** Drops the open frame (the computation failed). */
  abort(): void {
    this.#stack.pop();
  }

  /** A parameter read by the running formula (its first read of that path is kept). */
  parameter(path: string, value: unknown, instant: string): void {
    const node = this.#stack[this.#stack.length - 1];
    if (!node || node.parameters.some((p) => p.path === path)) return;
    node.parameters.push({ path, value: value instanceof Object && "thresholds" in value ? { ...value } : value, instant });
  }
}
