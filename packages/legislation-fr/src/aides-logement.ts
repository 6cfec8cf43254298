// Helpers shared by the aides personnelles au logement (no legislation here beyond the
// household-composition lookups of the barème).
import { type Period, type Population } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";
import { TypesStatutOccupationLogement } from "../variables/common/statut_occupation_logement.ts";

/** Per famille: a ménage variable read at the demandeur's ménage. */
export function menageDuDemandeur(famille: Population, name: string, period: Period): Float64Array {
  return famille.valueFromPerson(famille.persons.group("menage", name, period), "demandeur");
}

/** Per famille: a person variable read at the demandeur. */
export function duDemandeur(famille: Population, name: string, period: Period): Float64Array {
  return famille.valueFromPerson(famille.members(name, period), "demandeur");
}

/** Per famille: whether the demandeur's ménage has one of these occupancy statuses. */
export function statutDuDemandeur(famille: Population, period: Period, ...statuts: readonly string[]): Uint8Array {
  return TypesStatutOccupationLogement.isIn(menageDuDemandeur(famille, "statut_occupation_logement", period), statuts);
}

/**
 * A parameter given by zone, as a table indexed by the `zone_apl` item index
 * (« non renseignée » reads as zone 2, the default zone).
 */
export function parZone<T>(byZone: { readonly zone_1: T; readonly zone_2: T; readonly zone_3: T }): readonly T[] {
  return [byZone.zone_2, byZone.zone_1, byZone.zone_2, byZone.zone_3];
}

/** The aides au logement node of the parameter tree at one instant. */
export function allocationsLogement(
  p: FrenchParameters,
): FrenchParameters["prestations_sociales"]["aides_logement"]["allocations_logement"] {
  return p.prestations_sociales.aides_logement.allocations_logement;
}

/** A barème by household composition: alone or in couple without dependants, then by number of dependants. */
export interface BaremeComposition {
  readonly seul: number;
  readonly couple: number;
  /** For 1, 2, … dependants; the last entry also applies beyond the table. */
  readonly parPac: readonly number[];
  /** Added for each dependant beyond the table (0 when the law gives none). */
  readonly parPacEnPlus?: number;
}

/**
 * Per famille, the value of the barème for its composition (couple, number of dependants):
 * one pass, the same lookup for every household.
 */
export function selonFoyer(couple: ArrayLike<number>, pac: ArrayLike<number>, b: BaremeComposition): Float64Array {
  const out = new Float64Array(pac.length);
  const n = b.parPac.length;
  const enPlus = b.parPacEnPlus ?? 0;
  for (let i = 0; i < out.length; i++) {
    const p = pac[i]!;
    out[i] = p <= 0 ? (couple[i] ? b.couple : b.seul) : b.parPac[Math.min(p, n) - 1]! + Math.max(0, p - n) * enPlus;
  }
  return out;
}

/** numpy's `round(x, decimals)`: half to even on the scaled value, as OpenFisca rounds the barème's steps. */
export function arrondi(v: ArrayLike<number>, decimales = 0): Float64Array {
  const f = 10 ** decimales;
  const out = new Float64Array(v.length);
  for (let i = 0; i < out.length; i++) {
    const x = v[i]! * f;
    let r = Math.round(x);
    if (r - x === 0.5 && r % 2 !== 0) r -= 1; // a tie goes to the even neighbour
    out[i] = r / f;
  }
  return out;
}

/** Per person, the sum of `values` over the members of the same group meeting `condition` (all when none). */
export function sommeDansLeGroupe(
  individu: Population,
  groupKey: string,
  values: ArrayLike<number>,
  condition?: ArrayLike<number>,
): Float64Array {
  const g = individu.groupIndex(groupKey);
  let groups = 0;
  for (let i = 0; i < g.length; i++) if (g[i]! + 1 > groups) groups = g[i]! + 1;
  const total = new Float64Array(groups);
  for (let i = 0; i < g.length; i++) if (!condition || condition[i]) total[g[i]!]! += values[i]!;
  const out = new Float64Array(g.length);
  for (let i = 0; i < g.length; i++) out[i] = total[g[i]!]!;
  return out;
}

/** Per entity, a number given by zone, read at each one's `zone_apl` (« non renseignée » as zone 2). */
export function selonZone(
  zone: ArrayLike<number>,
  byZone: { readonly zone_1: number; readonly zone_2: number; readonly zone_3: number },
): Float64Array {
  const table = parZone(byZone);
  const out = new Float64Array(zone.length);
  for (let i = 0; i < out.length; i++) out[i] = table[zone[i]!]!;
  return out;
}

/** Per famille, the barème of its zone (zone 1, 2, 3; « non renseignée » as zone 2) for its composition. */
export function selonFoyerEtZone(
  zone: ArrayLike<number>,
  couple: ArrayLike<number>,
  pac: ArrayLike<number>,
  parZoneUnDeuxTrois: readonly BaremeComposition[],
): Float64Array {
  const [z1, z2, z3] = parZoneUnDeuxTrois;
  const valeurs = [selonFoyer(couple, pac, z2!), selonFoyer(couple, pac, z1!), selonFoyer(couple, pac, z2!), selonFoyer(couple, pac, z3!)];
  const out = new Float64Array(pac.length);
  for (let i = 0; i < out.length; i++) out[i] = valeurs[zone[i]!]![i]!;
  return out;
}

/** Per ménage, whether its commune's INSEE code (depcom) starts with the prefix. */
export function communeCommencePar(menage: Population, period: Period, prefixe: string): Uint8Array {
  const depcom = menage.strings("depcom", period);
  const out = new Uint8Array(depcom.length);
  for (let i = 0; i < out.length; i++) out[i] = depcom[i]!.startsWith(prefixe) ? 1 : 0;
  return out;
}

/** Rounded up to the hundred euros (the resources of the barème, CCH art. R822-2). */
export function arrondiCentaineSuperieure(v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.ceil(v[i]! / 100) * 100;
  return out;
}
