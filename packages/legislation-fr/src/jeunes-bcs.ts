// The bourse sur critères sociaux of higher education: its legal sources and the echelon from the
// resources and the points de charge, shared by the bourse and the aide of the Grande École du numérique.
import { le, select, type NumericVector } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";

/** Code de l'éducation and the circular of 8 June 2020 that sets the conditions of the bourses sur critères sociaux. */
export const BCS_REFERENCE = [
  "Code de l'éducation, articles L821-1 et D821-1",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191",
  "Circulaire n° 2020-0024 du 8 juin 2020 (ESRS2013435C), annexes 1 à 7",
  "https://www.education.gouv.fr/bo/20/Hebdo25/ESRS2013435C.htm",
] as const;

type CriteresSociaux = FrenchParameters["prestations_sociales"]["education"]["bourses"]["enseignement_superieur"]["criteres_sociaux"];

/** The highest echelon (7 down to 0 for the 0 bis) whose ceiling for the points de charge the resources do not exceed; -1 above them all. */
export function echelonBcs(bareme: CriteresSociaux, ressources: NumericVector, points: NumericVector): Float64Array {
  const plafonds = bareme.plafond_ressources;
  const echelons = [
    [plafonds.echelon_7, 7],
    [plafonds.echelon_6, 6],
    [plafonds.echelon_5, 5],
    [plafonds.echelon_4, 4],
    [plafonds.echelon_3, 3],
    [plafonds.echelon_2, 2],
    [plafonds.echelon_1, 1],
    [plafonds.echelon_0bis, 0],
  ] as const;
  return select(
    echelons.map(([plafond, echelon]) => [le(ressources, plafond.calc(points)), echelon] as const),
    -1,
  );
}
