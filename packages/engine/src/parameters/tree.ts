// The dated parameter tree, built from already-parsed YAML (OpenFisca's shapes).
import { ParameterError } from "../errors.ts";
import { parseInstant, type Instant } from "../instant.ts";
import { Scale, type ScaleType } from "./scale.ts";

export type ParameterValue = number | boolean | string | readonly unknown[];

export interface DatedValue {
  /** "YYYY-MM-DD" */
  readonly start: string;
  readonly key: number;
  /** null: the parameter stops existing at `start`. */
  readonly value: ParameterValue | null;
}

export interface ParameterMetadata {
  readonly unit?: string;
  readonly label?: string;
  readonly reference?: unknown;
  readonly [key: string]: unknown;
}

interface Common {
  readonly name: string;
  /** Dotted path from the root, e.g. "prestations_sociales.rsa.rsa_m". */
  readonly path: string;
  /** A short name (the file's `label`, else `metadata.label`). */
  readonly label: string | undefined;
  readonly description: string | undefined;
  readonly metadata: ParameterMetadata;
  readonly documentation: string | undefined;
}

export interface ParameterLeaf extends Common {
  readonly kind: "value";
  readonly values: readonly DatedValue[];
}

export interface ScaleBracket {
  readonly threshold: readonly DatedValue[];
  readonly rate?: readonly DatedValue[];
  readonly amount?: readonly DatedValue[];
  readonly average_rate?: readonly DatedValue[];
  readonly base?: readonly DatedValue[];
}

export interface ParameterScale extends Common {
  readonly kind: "scale";
  readonly scaleType: ScaleType;
  readonly brackets: readonly ScaleBracket[];
}

export interface ParameterNode extends Common {
  readonly kind: "node";
  readonly children: ReadonlyMap<string, ParameterEntry>;
}

export type ParameterEntry = ParameterLeaf | ParameterScale | ParameterNode;

// Keys of a node that describe it rather than name a child (OpenFisca's COMMON_KEYS).
const NODE_OWN_KEYS = new Set(["description", "label", "metadata", "documentation", "reference", "unit", "file_path"]);
const DATE_KEY = /^\d{4}-\d{2}-\d{2}/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Date);
}

function dateKey(raw: string, path: string): Instant {
  const instant = parseInstant(raw.slice(0, 10));
  if (!instant || !DATE_KEY.test(raw)) throw new ParameterError(path, `"${raw}" is not a date`);
  return instant;
}

/** Reads `{ "2020-01-01": { value: 1.5 } | 1.5 | null }` into sorted dated values. */
export function readDatedValues(raw: unknown, path: string): DatedValue[] {
  if (!isRecord(raw)) throw new ParameterError(path, "values must be a mapping of dates");
  // Bracket fields come as `{ values: {...} }` or directly as the dated mapping.
  if (isRecord(raw.values)) return readDatedValues(raw.values, path);
  const out: DatedValue[] = [];
  for (const [date, entry] of Object.entries(raw)) {
    const instant = dateKey(date, path);
    let value: unknown = entry;
    if (isRecord(entry)) {
      if (!("value" in entry)) throw new ParameterError(path, `no "value" at ${date}`);
      value = entry.value;
    }
    if (value === undefined) value = null;
    if (value !== null && !["number", "boolean", "string"].includes(typeof value) && !Array.isArray(value)) {
      throw new ParameterError(path, `unsupported value at ${date}`);
    }
    out.push({ start: instant.toString(), key: instant.key, value: value as ParameterValue | null });
  }
  out.sort((a, b) => a.key - b.key);
  return out;
}

/** The value in force at an instant; undefined before the first date or after a null. */
export function valueAt(values: readonly DatedValue[], instantKey: number): ParameterValue | undefined {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]!.key <= instantKey) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  return values[found]!.value ?? undefined;
}

function common(name: string, path: string, raw: Record<string, unknown>): Common {
  const metadata = isRecord(raw.metadata) ? (raw.metadata as ParameterMetadata) : {};
  return {
    name,
    path,
    label: typeof raw.label === "string" ? raw.label : typeof metadata.label === "string" ? metadata.label : undefined,
    description: typeof raw.description === "string" ? raw.description : undefined,
    metadata,
    documentation: typeof raw.documentation === "string" ? raw.documentation : undefined,
  };
}

function readScale(name: string, path: string, raw: Record<string, unknown>): ParameterScale {
  if (!Array.isArray(raw.brackets)) throw new ParameterError(path, "brackets must be a list");
  const brackets = raw.brackets.map((b: unknown, i: number): ScaleBracket => {
    if (!isRecord(b) || b.threshold === undefined) {
      throw new ParameterError(`${path}.brackets[${i}]`, "a bracket needs a threshold");
    }
    const read = (k: string) => (b[k] === undefined ? undefined : readDatedValues(b[k], `${path}.brackets[${i}].${k}`));
    const bracket: Record<string, readonly DatedValue[]> = { threshold: read("threshold")! };
    for (const k of ["rate", "amount", "average_rate", "base"]) {
      const v = read(k);
      if (v) bracket[k] = v;
    }
    return bracket as unknown as ScaleBracket;
  });
  const c = common(name, path, raw);
  const declared = c.metadata.type;
  let scaleType: ScaleType = "marginal_rate";
  if (brackets.some((b) => b.amount)) scaleType = declared === "marginal_amount" ? "marginal_amount" : "single_amount";
  else if (brackets.some((b) => b.average_rate)) scaleType = "linear_average_rate";
  return { ...c, kind: "scale", scaleType, brackets };
}

function readEntry(name: string, path: string, raw: unknown): ParameterEntry {
  if (!isRecord(raw)) throw new ParameterError(path, "expected a mapping");
  if ("values" in raw) return { ...common(name, path, raw), kind: "value", values: readDatedValues(raw.values, path) };
  if ("brackets" in raw) return readScale(name, path, raw);
  const keys = Object.keys(raw);
  if (keys.length > 0 && keys.every((k) => DATE_KEY.test(k))) {
    return { ...common(name, path, {}), kind: "value", values: readDatedValues(raw, path) };
  }
  const children = new Map<string, ParameterEntry>();
  for (const [key, child] of Object.entries(raw)) {
    if (NODE_OWN_KEYS.has(key)) continue;
    children.set(key, readEntry(key, path ? `${path}.${key}` : key, child));
  }
  return { ...common(name, path, raw), kind: "node", children };
}

export function scaleAt(entry: ParameterScale, instantKey: number): Scale | undefined {
  const thresholds: number[] = [];
  const rates: number[] = [];
  const amounts: number[] = [];
  for (const b of entry.brackets) {
    const t = valueAt(b.threshold, instantKey);
    if (typeof t !== "number") continue;
    thresholds.push(t);
    const r = b.rate ? valueAt(b.rate, instantKey) : b.average_rate ? valueAt(b.average_rate, instantKey) : undefined;
    const base = b.base ? valueAt(b.base, instantKey) : undefined;
    // OpenFisca's `base` multiplies the bracket's rate.
    rates.push((typeof r === "number" ? r : 0) * (typeof base === "number" ? base : 1));
    const a = b.amount ? valueAt(b.amount, instantKey) : undefined;
    amounts.push(typeof a === "number" ? a : 0);
  }
  if (thresholds.length === 0) return undefined;
  return new Scale(entry.scaleType, thresholds, { rates, amounts });
}

/** Builds the tree from one nested object (a folder = its index.yaml fields + its children). */
export function parameterTreeFromObject(raw: Record<string, unknown>): ParameterNode {
  const entry = readEntry("", "", raw);
  if (entry.kind !== "node") throw new ParameterError("", "the root must be a node");
  return entry;
}

export interface ParameterFile {
  /** Relative to the parameters root, "/" separated, ending in .yaml or .yml. */
  readonly path: string;
  readonly content: unknown;
}

/** Builds the tree from one entry per YAML file; `index.yaml` describes its folder. */
export function parameterTreeFromFiles(files: readonly ParameterFile[]): ParameterNode {
  const root: Record<string, unknown> = {};
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const parts = file.path
      .replace(/\.ya?ml$/, "")
      .split("/")
      .filter((p) => p !== "");
    const isIndex = parts[parts.length - 1] === "index";
    const folders = isIndex ? parts.slice(0, -1) : parts.slice(0, -1);
    let node = root;
    for (const folder of folders) {
      if (!isRecord(node[folder])) node[folder] = {};
      node = node[folder] as Record<string, unknown>;
    }
    if (!isRecord(file.content)) throw new ParameterError(file.path, "file content must be a mapping");
    if (isIndex) Object.assign(node, file.content);
    else {
      const name = parts[parts.length - 1]!;
      // A folder already created by deeper files keeps its children.
      node[name] = isRecord(node[name]) ? { ...(node[name] as object), ...file.content } : file.content;
    }
  }
  return parameterTreeFromObject(root);
}

/** The entry at a dotted path, or undefined. */
export function findParameter(root: ParameterNode, path: string): ParameterEntry | undefined {
  let entry: ParameterEntry = root;
  for (const part of path.split(".")) {
    if (part === "") continue;
    if (entry.kind !== "node") return undefined;
    const next = entry.children.get(part);
    if (!next) return undefined;
    entry = next;
  }
  return entry;
}
