// Legal references as a person reads them: a title and, when known, a link to the text.
// Variables give a list of strings (titles, each followed by its link); parameters give
// OpenFisca's `metadata.reference`, dated or not.
import { parseInstant } from "./instant.ts";
import type { ParameterEntry } from "./parameters/tree.ts";
import type { Variable } from "./variable.ts";

export interface LegalReference {
  readonly title: string;
  /** The text of the law (Légifrance…), when the model gives it. */
  readonly href?: string;
}

const isLink = (text: string): boolean => /^https?:\/\//.test(text.trim());

/** `["Code…, article L1", "https://…", "https://…"]` → one reference per title, with the link that follows it. */
export function variableReferences(variable: Variable): LegalReference[] {
  const out: LegalReference[] = [];
  for (const raw of variable.reference) {
    const text = raw.trim();
    const last = out[out.length - 1];
    if (isLink(text)) {
      if (last && last.href === undefined) out[out.length - 1] = { title: last.title, href: text };
      else out.push({ title: text, href: text });
    } else out.push({ title: text });
  }
  return out;
}

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Date);

function sinceKey(raw: unknown): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const instant = raw instanceof Date ? parseInstant(raw) : parseInstant(String(raw).slice(0, 10));
  return instant?.key;
}

interface Dated {
  readonly since: number | undefined;
  readonly reference: LegalReference;
}

function readOne(raw: unknown, since: number | undefined): Dated | undefined {
  if (typeof raw === "string") {
    const text = raw.trim();
    if (text === "") return undefined;
    return { since, reference: isLink(text) ? { title: text, href: text } : { title: text } };
  }
  if (!isRecord(raw)) return undefined;
  const title = typeof raw.title === "string" ? raw.title.trim() : undefined;
  const href = typeof raw.href === "string" && raw.href.trim() !== "" ? raw.href.trim() : undefined;
  if (!title && !href) return undefined;
  return { since: sinceKey(raw.since) ?? since, reference: href ? { title: title || href, href } : { title: title! } };
}

/** Every reference of the metadata, with its start date when given (list, date-keyed mapping or single entry). */
function readReferences(raw: unknown): Dated[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.flatMap((r) => readReferences(r));
  if (isRecord(raw) && !("title" in raw) && !("href" in raw)) {
    // OpenFisca's other form: { "2020-01-01": reference or list of references }.
    return Object.entries(raw).flatMap(([date, r]) =>
      readReferences(r).map((d) => (d.since === undefined ? { since: sinceKey(date), reference: d.reference } : d)),
    );
  }
  const one = readOne(raw, undefined);
  return one ? [one] : [];
}

/**
 * The references of a parameter in force at an instant: the undated ones, and among the
 * dated ones those of the latest date not after the instant (the text that set the value
 * then, not every past revaluation).
 */
export function parameterReferencesAt(entry: ParameterEntry, instantKey: number): LegalReference[] {
  const all = readReferences(entry.metadata.reference);
  let latest: number | undefined;
  for (const d of all) if (d.since !== undefined && d.since <= instantKey && (latest === undefined || d.since > latest)) latest = d.since;
  return all.filter((d) => d.since === undefined || d.since === latest).map((d) => d.reference);
}
