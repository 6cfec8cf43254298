// Shared steps of the aides des jeunes (variables/jeunes/): rounding as OpenFisca-France does,
// the plafonds of the bourses by number of children, the foyer fiscal of a famille's demandeur.
import {
  allOf,
  anyOf,
  countMembers,
  eq,
  ge,
  le,
  select,
  where,
  type NumericVector,
  type Period,
  type Population,
  type Scale,
} from "@zero/engine";
import { TypesIntensiteActivite } from "../variables/jeunes/type_intensite_activite.ts";

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

/**
 * The last day to ask for an aide of France Travail after taking up a job or a training that starts on
 * `debut` (days since 1970-01-01): the same day of the following month, or that month's last day when
 * it is shorter (« au plus tard dans le mois qui suit »). Date arithmetic per entry: no vector helper does it.
 */
export function dateLimiteMoisSuivant(debut: ArrayLike<number>): Int32Array {
  const out = new Int32Array(debut.length);
  const DAY = 86_400_000;
  for (let i = 0; i < out.length; i++) {
    const d = new Date(debut[i]! * DAY);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const memeJour = Date.UTC(y, m + 1, 1) / DAY + (d.getUTCDate() - 1);
    const finMoisSuivant = Date.UTC(y, m + 2, 1) / DAY - 1;
    out[i] = Math.min(memeJour, finMoisSuivant);
  }
  return out;
}

/**
 * Whether the daily allowance of unemployment (ARE) is at most the minimum one, which is lower at
 * Mayotte; equal within 0.0001 € counts as equal, as OpenFisca-France compares it.
 */
export function areAuPlusMinimale(are: ArrayLike<number>, minimum: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(are.length);
  for (let i = 0; i < out.length; i++) out[i] = are[i]! < minimum[i]! || Math.abs(are[i]! - minimum[i]!) < 0.0001 ? 1 : 0;
  return out;
}

/**
 * The AGEPI of each person: a parent eligible receives, by the number of children under 10, the
 * amount of the reduced scale below the threshold of hours (weekly or monthly, as the activity is
 * counted) and that of the full one from it; nothing when the intensity is not given.
 */
export function montantAgepi(
  individu: Population,
  period: Period,
  bareme: { minimum: Scale; maximum: Scale },
  seuils: { hebdomadaire: number; mensuel: number },
): Float64Array {
  const nbEnfants = individu.group("famille", "agepi_nbenf", period);
  const intensite = individu("type_intensite_activite", period);
  const heures = individu("agepi_temps_travail_en_heure", period);
  const hebdomadaire = eq(intensite, TypesIntensiteActivite.index("hebdomadaire"));
  const mensuelle = eq(intensite, TypesIntensiteActivite.index("mensuelle"));
  const seuilAtteint = anyOf(allOf(hebdomadaire, ge(heures, seuils.hebdomadaire)), allOf(mensuelle, ge(heures, seuils.mensuel)));
  const montant = select(
    [
      [seuilAtteint, bareme.maximum.calc(nbEnfants)],
      [anyOf(hebdomadaire, mensuelle), bareme.minimum.calc(nbEnfants)],
    ],
    0,
  );
  return where(allOf(individu("agepi_eligible", period), individu.hasRole("famille", "parent")), montant);
}
