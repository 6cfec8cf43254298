import { householdSize } from "./constraints.ts";
import type { MatchLine, MatchPublic, MatchRequest } from "./types.ts";

const PUBLIC_FR: Record<MatchPublic, string> = {
  men: "hommes",
  women: "femmes",
  mixed: "mixte",
  couples: "couple",
  families: "famille",
  young: "jeunes",
};

/** "famille de 5", "femme seule", "jeune de 21 ans", "couple avec animal"… */
export function requestLabel(r: MatchRequest): string {
  let base: string;
  if (r.children > 0 || r.adults > 2) base = `famille de ${householdSize(r)}`;
  else if (r.adults === 2) base = "couple";
  else if (r.age !== null && r.age >= 18 && r.age <= 24) base = `jeune de ${r.age} ans`;
  else base = r.gender === "female" ? "femme seule" : r.gender === "male" ? "homme seul" : "personne seule";
  return base + constraintsLabel(r);
}

export function constraintsLabel(r: Pick<MatchRequest, "needs">): string {
  const parts: string[] = [];
  if (r.needs.includes("pets")) parts.push("avec animal");
  if (r.needs.includes("reduced_mobility")) parts.push("à mobilité réduite");
  return parts.length ? ` ${parts.join(", ")}` : "";
}

/** "place famille (6 pers.)", "place femmes, accessible" */
export function lineLabel(line: Pick<MatchLine, "public" | "unitCapacity" | "features">): string {
  const size = line.unitCapacity > 1 ? ` (${line.unitCapacity} pers.)` : "";
  const features = line.features.map((f) => (f === "pets" ? "animaux acceptés" : "accessible")).join(", ");
  return `place ${PUBLIC_FR[line.public]}${size}${features ? `, ${features}` : ""}`;
}

/** "13003" → "3e", "13001" → "1er"; other postcodes unchanged. */
export function arrondissement(postcode: string): string {
  const m = /^130(\d\d)$/.exec(postcode);
  if (!m) return postcode;
  const n = Number(m[1]);
  return n === 1 ? "1er" : `${n}e`;
}

export function structureLabel(line: Pick<MatchLine, "structureName" | "postcode">): string {
  return `${line.structureName} (${arrondissement(line.postcode)})`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}
