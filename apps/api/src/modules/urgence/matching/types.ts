// The matching works on plain values (no database, no I/O): the service loads tonight's
// open requests and declared places, the engine proposes, the service records.

export const MATCH_PUBLICS = ["men", "women", "mixed", "couples", "families", "young"] as const;
export type MatchPublic = (typeof MATCH_PUBLICS)[number];
export const MATCH_FEATURES = ["pets", "reduced_mobility"] as const;
export type MatchFeature = (typeof MATCH_FEATURES)[number];
/** Largest unit (beds in one room or flat) the engine considers. */
export const MAX_UNIT_CAPACITY = 12;

export interface MatchRequest {
  id: string;
  adults: number;
  children: number;
  gender: "female" | "male" | "other" | null;
  /** Age tonight, when the birth year is known. */
  age: number | null;
  /** Codes; `pets` and `reduced_mobility` are hard constraints. */
  needs: readonly string[];
  /** Local priority (higher first); ties go to the longest wait, then the id. */
  priority: number;
  openedAt: string;
}

export interface MatchLine {
  /** Unique among the lines given to the engine: `${structureId}|${lineKey}`. */
  key: string;
  structureId: string;
  structureName: string;
  postcode: string;
  lineKey: string;
  public: MatchPublic;
  unitCapacity: number;
  /** Units still free for this night. */
  remaining: number;
  features: readonly MatchFeature[];
}

export interface MatchOutcome {
  requestId: string;
  line: MatchLine | null;
  reason: string;
}
