// Counts that the server masks for aggregate readers (1 to 4 → null; small-counts.ts in the API).

/** A masked count, in words. */
export const MASKED = "moins de 5";

/** A count for a table or a tile: masked counts say so. */
export function countText(value: number | null): string {
  return value === null ? MASKED : value.toLocaleString("fr-FR");
}

/** A signed flow (+3, −2, 0); a flow masked with its parts says « masqué ». */
export function flowText(value: number | null): string {
  return value === null ? "masqué" : `${value > 0 ? "+" : ""}${value}`;
}
