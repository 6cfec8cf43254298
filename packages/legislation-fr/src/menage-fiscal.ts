// Sums over a ménage of what its foyers fiscaux and familles owe or receive: each group counted once,
// through the member who is its declarant principal (or its demandeur), as OpenFisca-France sums them.
import { mul, type Period, type Population } from "@zero/engine";

/** The foyer-fiscal variable of the foyers whose declarant principal lives in the ménage. */
export function desFoyersFiscaux(menage: Population, name: string, period: Period): Float64Array {
  const persons = menage.persons;
  return menage.sum(mul(persons.group("foyer_fiscal", name, period), persons.hasRole("foyer_fiscal", "declarant_principal")));
}

/** The famille variable of the familles whose demandeur lives in the ménage. */
export function desFamilles(menage: Population, name: string, period: Period): Float64Array {
  const persons = menage.persons;
  return menage.sum(mul(persons.group("famille", name, period), persons.hasRole("famille", "demandeur")));
}
