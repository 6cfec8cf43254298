// The batch input format (docs/batch-format.md): one row per person, monthly amounts.

export const AMOUNT_COLUMNS = [
  "salaire_de_base",
  "salaire_net",
  "salaire_imposable",
  "chomage_net",
  "chomage_imposable",
  "retraite_brute",
  "retraite_nette",
  "retraite_imposable",
  "pensions_alimentaires_percues",
] as const;

export const REQUIRED_COLUMNS = [
  "household_id",
  "role",
  "date_naissance",
  ...AMOUNT_COLUMNS,
  "handicap",
  "taux_incapacite",
  "statut_occupation_logement",
  "loyer",
  "depcom",
] as const;

export type Column = (typeof REQUIRED_COLUMNS)[number];

/** Column name → position in the file's header; missing columns are listed. */
export function readHeader(fields: readonly string[]): { index: Record<Column, number>; missing: Column[] } {
  const positions = new Map(fields.map((f, i) => [f.trim(), i]));
  const index = {} as Record<Column, number>;
  const missing: Column[] = [];
  for (const c of REQUIRED_COLUMNS) {
    const i = positions.get(c);
    if (i === undefined) missing.push(c);
    else index[c] = i;
  }
  return { index, missing };
}
