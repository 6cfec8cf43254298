import { eligiblePublics, householdSize, requiredFeatures } from "./constraints.ts";
import { lineLabel, plural, requestLabel, structureLabel } from "./labels.ts";
import { MATCH_PUBLICS, MAX_UNIT_CAPACITY, type MatchLine, type MatchOutcome, type MatchPublic, type MatchRequest } from "./types.ts";

// Greedy assignment in priority order over an index of lines bucketed by
// (public, features, unit size): each request looks only at buckets that satisfy every hard
// constraint, so a proposal can never break one, and a bucket's units are counted down so
// that no line is ever over-filled. Cost: O(lines · log lines + requests · 6 · 4 · 13).

const CAPS = MAX_UNIT_CAPACITY + 1;
const CAP_LIST = Array.from({ length: CAPS }, (_, c) => c);
const PUBLIC_INDEX = new Map<MatchPublic, number>(MATCH_PUBLICS.map((p, i) => [p, i]));
/** Feature masks that contain `need` (bit 1 pets, bit 2 reduced mobility), fewest extras first. */
const SUPERSETS: number[][] = [[0, 1, 2, 3], [1, 3], [2, 3], [3]];

function maskOf(features: readonly string[]): number {
  return (features.includes("pets") ? 1 : 0) | (features.includes("reduced_mobility") ? 2 : 0);
}
const bucketOf = (publicIndex: number, mask: number, cap: number) => (publicIndex * 4 + mask) * CAPS + cap;

interface LineIndex {
  lines: readonly MatchLine[];
  /** Line indices per bucket, most free units first (then key, for determinism). */
  buckets: (number[] | undefined)[];
  pointer: Int32Array;
  remaining: Int32Array;
  /** Units declared per bucket, before any proposal. */
  total: Int32Array;
}

function buildIndex(lines: readonly MatchLine[]): LineIndex {
  const size = MATCH_PUBLICS.length * 4 * CAPS;
  const buckets: (number[] | undefined)[] = new Array(size);
  const total = new Int32Array(size);
  const remaining = new Int32Array(lines.length);
  lines.forEach((line, i) => {
    const p = PUBLIC_INDEX.get(line.public);
    const units = Math.max(0, Math.floor(line.remaining));
    remaining[i] = units;
    if (p === undefined || units === 0 || line.unitCapacity < 1 || line.unitCapacity > MAX_UNIT_CAPACITY) return;
    const b = bucketOf(p, maskOf(line.features), line.unitCapacity);
    (buckets[b] ??= []).push(i);
    total[b] = total[b]! + units;
  });
  for (const list of buckets) {
    list?.sort((a, b) => remaining[b]! - remaining[a]! || (lines[a]!.key < lines[b]!.key ? -1 : 1));
  }
  return { lines, buckets, pointer: new Int32Array(size), remaining, total };
}

/** The buckets that satisfy every hard constraint of a request, best fit first. */
function compatibleBuckets(r: MatchRequest): number[] {
  const out: number[] = [];
  const need = maskOf(requiredFeatures(r));
  for (const p of eligiblePublics(r)) {
    for (const mask of SUPERSETS[need]!) {
      for (let cap = householdSize(r); cap <= MAX_UNIT_CAPACITY; cap++) out.push(bucketOf(PUBLIC_INDEX.get(p)!, mask, cap));
    }
  }
  return out;
}

function take(index: LineIndex, buckets: number[]): number {
  for (const b of buckets) {
    const list = index.buckets[b];
    if (!list) continue;
    let k = index.pointer[b]!;
    while (k < list.length && index.remaining[list[k]!] === 0) k++;
    index.pointer[b] = k;
    if (k < list.length) return list[k]!;
  }
  return -1;
}

const sum = (index: LineIndex, buckets: number[]) => buckets.reduce((s, b) => s + index.total[b]!, 0);

/** Why nothing fits tonight: the constraint that binds, in French. */
function whyNone(r: MatchRequest, index: LineIndex, buckets: number[]): string {
  const label = requestLabel(r);
  const declared = sum(index, buckets);
  if (declared > 0) {
    return (
      `${plural(declared, "place compatible ce soir, déjà proposée", "places compatibles ce soir, déjà proposées")} ` +
      `à des demandes plus prioritaires ou plus anciennes (${label})`
    );
  }
  const publics = eligiblePublics(r).map((p) => PUBLIC_INDEX.get(p)!);
  const any = (pred: (mask: number, cap: number) => boolean) =>
    publics.some((p) => [0, 1, 2, 3].some((m) => CAP_LIST.some((c) => pred(m, c) && index.total[bucketOf(p, m, c)]! > 0)));
  const size = householdSize(r);
  let cause = "";
  if (!any(() => true)) cause = "";
  else if (!any((_m, c) => c >= size)) cause = " (aucune unité assez grande pour le foyer)";
  else if (r.needs.includes("pets") && !any((m, c) => c >= size && (m & 1) === 1))
    cause = " (aucune place compatible n'accepte les animaux)";
  else cause = " (aucune place compatible n'est accessible en fauteuil)";
  return `aucune place ${label} ce soir${cause}`;
}

/** "; 2 places demain à CHRS X (3e), CHU Y (15e)" when tomorrow's declarations are known. */
function tomorrowHint(index: LineIndex | null, buckets: number[]): string {
  if (!index) return " ; pas encore de déclaration de places pour demain";
  const units = sum(index, buckets);
  if (units === 0) return " ; aucune place compatible déclarée pour demain";
  const byStructure = new Map<string, { label: string; units: number }>();
  for (const b of buckets) {
    for (const i of index.buckets[b] ?? []) {
      const line = index.lines[i]!;
      const entry = byStructure.get(line.structureId) ?? { label: structureLabel(line), units: 0 };
      entry.units += index.remaining[i]!;
      byStructure.set(line.structureId, entry);
    }
  }
  const top = [...byStructure.values()].sort((a, b) => b.units - a.units || (a.label < b.label ? -1 : 1));
  const shown = top
    .slice(0, 2)
    .map((s) => s.label)
    .join(", ");
  return (
    ` ; ${plural(units, "place", "places")} demain à ` +
    `${shown}${top.length > 2 ? ` et ${plural(top.length - 2, "autre structure", "autres structures")}` : ""}`
  );
}

export function byPriority(a: MatchRequest, b: MatchRequest): number {
  return b.priority - a.priority || (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Proposes at most one unit per request for tonight, in priority order, and says why for
 * every request. `tomorrow` (null when unknown) only feeds the explanations.
 */
export function match(
  requests: readonly MatchRequest[],
  tonight: readonly MatchLine[],
  tomorrow: readonly MatchLine[] | null = null,
): MatchOutcome[] {
  const index = buildIndex(tonight);
  const next = tomorrow && tomorrow.length > 0 ? buildIndex(tomorrow) : null;
  const hints = new Map<string, string>();
  const outcomes: MatchOutcome[] = [];
  for (const r of [...requests].sort(byPriority)) {
    const buckets = compatibleBuckets(r);
    const found = take(index, buckets);
    if (found >= 0) {
      index.remaining[found] = index.remaining[found]! - 1;
      const line = index.lines[found]!;
      outcomes.push({
        requestId: r.id,
        line,
        reason: `Proposition : ${structureLabel(line)}, ${lineLabel(line)} pour ${requestLabel(r)}`,
      });
      continue;
    }
    const signature = buckets.join(",");
    let hint = hints.get(signature);
    if (hint === undefined) {
      hint = tomorrowHint(next, buckets);
      hints.set(signature, hint);
    }
    outcomes.push({ requestId: r.id, line: null, reason: whyNone(r, index, buckets) + hint });
  }
  return outcomes;
}
