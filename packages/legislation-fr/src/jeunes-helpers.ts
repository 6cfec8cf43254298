// Shared steps of the aides des jeunes (variables/jeunes/): rounding as OpenFisca-France does,
// the plafonds of the bourses by number of children, the foyer fiscal of a famille's demandeur.
import { countMembers, ge, allOf, le, select, type NumericVector, type Period, type Population } from "@zero/engine";

/** Rounds to the nearest integer, halves to the even one (numpy's `round_`, which OpenFisca-France uses). */
export function roundHalfEven(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < out.length; i++) {
    const v = values[i]!;
    const r = Math.round(v);
    // Math.round sends a half up; numpy sends it to the even neighbour.
    out[i] = r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
  }
  return out;
}

/** The famille's children (every member with the role enfant, whatever their age), as OpenFisca counts them for the bourses. */
export function nombreEnfants(famille: Population, period: Period): Int32Array {
  return countMembers(famille, allOf(ge(famille.members("age", period), 0), famille.memberHasRole("enfant")));
}

/** A ceiling that depends on the number of children: the first for one (or none), … the eighth for eight or more. */
export function plafondSelonEnfants(
  nbEnfants: NumericVector,
  plafonds: readonly [number, number, number, number, number, number, number, number],
): Float64Array {
  return select(
    plafonds.slice(0, 7).map((plafond, k) => [le(nbEnfants, k + 1), plafond] as const),
    plafonds[7],
  );
}

/** A foyer fiscal variable read for the famille, from its demandeur's foyer fiscal (OpenFisca's `famille.demandeur.foyer_fiscal(…)`). */
export function foyerFiscalDuDemandeur(famille: Population, variable: string, period: Period): NumericVector {
  return famille.valueFromPerson(famille.persons.group("foyer_fiscal", variable, period), "demandeur");
}
