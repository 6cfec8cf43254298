// The parameter tree as plain values at one instant: what formulas read.
import type { Instant } from "../instant.ts";
import { Scale } from "./scale.ts";
import { scaleAt, valueAt, type ParameterNode, type ParameterEntry } from "./tree.ts";

/**
 * The tree at an instant. Typed loosely on purpose: the tree is data loaded at run time,
 * and formulas read it with OpenFisca's dotted paths.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ParameterNodeAt = { readonly [key: string]: any };

function materialize(entry: ParameterEntry, instantKey: number): unknown {
  if (entry.kind === "value") return valueAt(entry.values, instantKey);
  if (entry.kind === "scale") return scaleAt(entry, instantKey);
  const out: Record<string, unknown> = {};
  for (const [key, child] of entry.children) {
    const v = materialize(child, instantKey);
    if (v !== undefined) out[key] = v;
  }
  // Not frozen: the tracer wraps views in a Proxy, which frozen targets forbid.
  return out;
}

const MAX_CACHED_INSTANTS = 256;

/** Materializes and caches the whole tree per instant (about a microsecond per parameter). */
export class ParameterCache {
  readonly root: ParameterNode;
  readonly #byInstant = new Map<number, ParameterNodeAt>();

  constructor(root: ParameterNode) {
    this.root = root;
  }

  at(instant: Instant): ParameterNodeAt {
    let view = this.#byInstant.get(instant.key);
    if (!view) {
      if (this.#byInstant.size >= MAX_CACHED_INSTANTS) this.#byInstant.clear();
      view = materialize(this.root, instant.key) as ParameterNodeAt;
      this.#byInstant.set(instant.key, view);
    }
    return view;
  }
}

export type ParameterReadListener = (path: string, value: unknown) => void;

/** Wraps a view so that every leaf read is reported (for the tracer; slow, so opt-in). */
export function recordingView(view: ParameterNodeAt, listener: ParameterReadListener, prefix = ""): ParameterNodeAt {
  return new Proxy(view, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string") return value;
      const path = prefix ? `${prefix}.${prop}` : prop;
      if (value !== null && typeof value === "object" && !(value instanceof Scale) && !Array.isArray(value)) {
        return recordingView(value as ParameterNodeAt, listener, path);
      }
      listener(path, value);
      return value;
    },
  });
}

/** Enum-like vocabulary: its item names by index. */
export interface NamedItems {
  readonly names: readonly string[];
}

/**
 * OpenFisca's fancy indexing `node[vector]`: the child named by each entry.
 * `keys` is a string[] or a vector of enum indices with its enum. Missing keys give NaN.
 */
export function pickByKey(node: ParameterNodeAt, keys: readonly string[] | ArrayLike<number>, items?: NamedItems): Float64Array {
  const out = new Float64Array(keys.length);
  if (items) {
    const table = items.names.map((name) => {
      const v: unknown = node[name];
      return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : NaN;
    });
    const idx = keys as ArrayLike<number>;
    for (let i = 0; i < out.length; i++) out[i] = table[idx[i]!] ?? NaN;
    return out;
  }
  const names = keys as readonly string[];
  for (let i = 0; i < out.length; i++) {
    const v: unknown = node[names[i]!];
    out[i] = typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : NaN;
  }
  return out;
}
