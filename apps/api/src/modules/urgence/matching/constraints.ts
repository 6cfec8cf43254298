import { MAX_UNIT_CAPACITY, type MatchFeature, type MatchLine, type MatchPublic, type MatchRequest } from "./types.ts";

/** Publics a household may be oriented to, most specific first. */
export function eligiblePublics(r: MatchRequest): MatchPublic[] {
  if (r.children > 0) return ["families"];
  if (r.adults === 2) return ["couples"];
  if (r.adults > 2) return ["families"];
  const young: MatchPublic[] = r.age !== null && r.age >= 18 && r.age <= 24 ? ["young"] : [];
  if (r.gender === "female") return ["women", ...young, "mixed"];
  if (r.gender === "male") return ["men", ...young, "mixed"];
  return [...young, "mixed"];
}

export function householdSize(r: Pick<MatchRequest, "adults" | "children">): number {
  return r.adults + r.children;
}

export function requiredFeatures(r: Pick<MatchRequest, "needs">): MatchFeature[] {
  const out: MatchFeature[] = [];
  if (r.needs.includes("pets")) out.push("pets");
  if (r.needs.includes("reduced_mobility")) out.push("reduced_mobility");
  return out;
}

/** Every hard constraint: public, household size, pets, reduced mobility. */
export function compatible(r: MatchRequest, line: Omit<MatchLine, "remaining">): boolean {
  if (!eligiblePublics(r).includes(line.public)) return false;
  if (householdSize(r) > line.unitCapacity || line.unitCapacity > MAX_UNIT_CAPACITY) return false;
  return requiredFeatures(r).every((f) => line.features.includes(f));
}
