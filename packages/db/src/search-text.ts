/**
 * The portable search key of a person (docs/decisions/0004: no engine-specific function):
 * lower case, accents removed, anything but letters and digits turned into single spaces.
 * The application writes it with every name change; searches compare against the same
 * normalisation of the query, so "Zoe", "ZOÉ" and "zoé" find "Zoé".
 */
export function normaliseSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The `search_text` of a person: alias, first and last names, normalised, separated by `|`. */
export function personSearchText(p: { alias?: string | null; first_name?: string | null; last_name?: string | null }): string {
  const parts = [p.alias, p.first_name, p.last_name, [p.first_name, p.last_name].filter(Boolean).join(" ")];
  return `|${parts
    .map((v) => normaliseSearch(v ?? ""))
    .filter((v) => v !== "")
    .join("|")}|`;
}
