// Helpers shared by the aides personnelles au logement (no legislation here beyond the
// household-composition lookups of the barème).
import type { Period, Population } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";
import { TypesStatutOccupationLogement } from "../variables/common/statut_occupation_logement.ts";

/** Per famille: a ménage variable read at the demandeur's ménage. */
export function menageDuDemandeur(famille: Population, name: string, period: Period): Float64Array {
  return famille.valueFromPerson(famille.persons.group("menage", name, period), "demandeur");
}

/**
 * A parameter given by zone, as a table indexed by the `zone_apl` item index
 * (« non renseignée » reads as zone 2, the default zone).
 */
export function parZone<T>(byZone: { readonly zone_1: T; readonly zone_2: T; readonly zone_3: T }): readonly T[] {
  return [byZone.zone_2, byZone.zone_1, byZone.zone_2, byZone.zone_3];
}

const HLM = TypesStatutOccupationLogement.index("locataire_hlm");
const VIDE = TypesStatutOccupationLogement.index("locataire_vide");
const MEUBLE = TypesStatutOccupationLogement.index("locataire_meuble");

/** Whether an occupancy status is a rental of the locatif barème (foyers and accession excluded). */
export function estLocataire(statut: number): boolean {
  return statut === HLM || statut === VIDE || statut === MEUBLE;
}

/** Whether the status is a furnished rental. */
export function estMeuble(statut: number): boolean {
  return statut === MEUBLE;
}

/** Whether the status is a HLM tenancy (conventionnée, hence APL). */
export function estHlm(statut: number): boolean {
  return statut === HLM;
}

/**
 * A value of the barème by household composition: alone or in couple without dependants,
 * then by number of dependants (1 to `table.length`), then `parPacEnPlus` for each
 * dependant beyond the table.
 */
export function selonComposition(
  couple: boolean,
  pac: number,
  seul: number,
  enCouple: number,
  parNombreDePac: readonly number[],
  parPacEnPlus: number,
): number {
  if (pac <= 0) return couple ? enCouple : seul;
  const n = parNombreDePac.length;
  if (pac <= n) return parNombreDePac[pac - 1]!;
  return parNombreDePac[n - 1]! + (pac - n) * parPacEnPlus;
}

/** The aides au logement node of the parameter tree at one instant. */
export function allocationsLogement(
  p: FrenchParameters,
): FrenchParameters["prestations_sociales"]["aides_logement"]["allocations_logement"] {
  return p.prestations_sociales.aides_logement.allocations_logement;
}
