// Duplicate-person suggestions, pure: similar names (Jaro-Winkler on accent-free names and
// aliases), close birth years, shared places (sectors of encounters). Suggestions only: a
// coordinator decides, and a merge can be split again.

export interface Candidate {
  id: string;
  organisationId: string;
  names: string[];
  birthYear: number | null;
  places: string[];
}
export interface Suggestion {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export function normalise(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = mb[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function nameSimilarity(a: Candidate, b: Candidate): number {
  let best = 0;
  for (const x of a.names) for (const y of b.names) best = Math.max(best, jaroWinkler(x, y));
  return best;
}

export function suggestDuplicates(people: Candidate[], threshold = 0.75): Suggestion[] {
  const prepared = people.map((p) => ({ ...p, names: p.names.map(normalise).filter((n) => n.length >= 2) }));
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const key of new Set(p.names.flatMap((n) => n.split(" ").map((w) => w[0]!)))) {
      (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(i);
    }
  });
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const members of blocks.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = prepared[members[x]!]!;
        const b = prepared[members[y]!]!;
        const pair = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (a.birthYear !== null && b.birthYear !== null && Math.abs(a.birthYear - b.birthYear) > 2) continue;
        const names = nameSimilarity(a, b);
        if (names < 0.85) continue;
        const reasons = [`noms proches (${Math.round(names * 100)} %)`];
        let score = 0.6 * names;
        if (a.birthYear !== null && b.birthYear !== null) {
          const close = Math.abs(a.birthYear - b.birthYear) <= 1;
          const sameYear = `même année de naissance (${a.birthYear})`;
          if (close) reasons.push(a.birthYear === b.birthYear ? sameYear : "années de naissance à un an près");
          score += close ? 0.2 : 0.05;
        } else score += 0.1;
        const shared = a.places.filter((p) => b.places.includes(p));
        if (shared.length) reasons.push(`mêmes lieux : ${shared.slice(0, 3).join(", ")}`);
        score += shared.length ? 0.2 : 0;
        if (a.organisationId !== b.organisationId) reasons.push("fiches créées par deux équipes différentes");
        if (score >= threshold) out.push({ a: a.id, b: b.id, score: Math.round(score * 100) / 100, reasons });
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : 1));
}
