// The chèque énergie's resources (the revenu fiscal de référence per consumption unit) and territory.
import { div, sumMembers, type NumericVector, type Period, type Population } from "@zero/engine";

/**
 * Per ménage, the revenu fiscal de référence of year N-2 (the tax return filed in N-1) of the
 * foyers fiscaux whose main declarant lives there, divided by the ménage's consumption units
 * (Code de l'énergie, art. R124-1).
 */
export function rfrParUniteConsommation(menage: Population, period: Period, uc: NumericVector): Float64Array {
  const n2 = period.thisYear.offset(-2);
  const rfr = menage.persons.group("foyer_fiscal", "rfr", n2);
  const declarantPrincipal = menage.persons.hasRole("foyer_fiscal", "declarant_principal");
  return div(sumMembers(menage, rfr, declarantPrincipal), uc);
}

/** Saint-Martin's own competence for energy, outside the chèque énergie (CGCT art. LO6314-3). */
export const CGCT_LO6314_3 = [
  "Code général des collectivités territoriales, article LO6314-3",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633",
] as const;
