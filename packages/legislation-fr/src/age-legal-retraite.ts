// Whether people have reached the legal retirement age of their generation (CSS art.
// L161-17-2): the age, in months, that the `retraites.age_legal_par_generation` scale gives
// for their month of birth.
import { ageInMonths, type NumericVector, type Period, type Scale } from "@zero/engine";

/**
 * 1 for the people of `candidats` (indices) who have reached their generation's legal
 * age at the start of `period`, 0 for everybody else. Without a birth date (0), the
 * generation and the age in months are those an age given in years suggests.
 */
export function ageLegalAtteint(
  naissance: NumericVector,
  age: NumericVector,
  period: Period,
  parGeneration: Scale,
  candidats: readonly number[],
): Uint8Array {
  const out = new Uint8Array(naissance.length);
  if (candidats.length === 0) return out;
  const mois = ageInMonths(naissance, period.start);
  const generation = new Float64Array(candidats.length);
  const moisCandidats = new Float64Array(candidats.length);
  candidats.forEach((i, k) => {
    if (naissance[i] === 0) {
      generation[k] = period.start.year - age[i]! - 0.5;
      moisCandidats[k] = 12 * age[i]!;
    } else {
      const d = new Date(naissance[i]! * 86_400_000);
      generation[k] = d.getUTCFullYear() + d.getUTCMonth() / 12; // 1961 + 8 / 12: September 1961
      moisCandidats[k] = mois[i]!;
    }
  });
  const ageLegal = parGeneration.calc(generation);
  candidats.forEach((i, k) => {
    if (moisCandidats[k]! >= Math.round(12 * ageLegal[k]!)) out[i] = 1;
  });
  return out;
}

/** The lowest legal age of any generation, in whole years: younger people are not candidates. */
export function ageLegalMinimal(parGeneration: Scale): number {
  return Math.floor(Math.min(...parGeneration.amounts));
}
