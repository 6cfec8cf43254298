// Composition-of-household coefficients shared by the RSA and the prime d'activité.
import type { FrenchParameters } from "./parameter-types.generated.ts";

type MinimaSociaux = FrenchParameters["prestations_sociales"]["solidarite_insertion"]["minima_sociaux"];

/** Majorations of the montant forfaitaire, as shares of the base amount. */
export interface MajorationsFoyer {
  /** 2nd person of the foyer (conjoint, or first child of a person alone). */
  readonly deuxiemePersonne: number;
  /** 3rd person. */
  readonly troisiemePersonne: number;
  /** Each further person. */
  readonly personneSupplementaire: number;
}

/**
 * Multiple of the base amount for a foyer (CASF art. R262-1 ; CSS art. D843-1): 1 for
 * the first person, +50 % for the second, +30 % for each further person, but +40 % for
 * each child à charge from the third child on.
 */
export function coefficientFoyer(nbParents: number, nbEnfants: number, m: MajorationsFoyer): number {
  const personnes = nbParents + nbEnfants;
  if (personnes <= 0) return 0;
  // With a person alone, the first child is the foyer's second person.
  const enfantsAuTauxIntermediaire = Math.min(nbEnfants, 2) - (nbParents <= 1 && nbEnfants >= 1 ? 1 : 0);
  return (
    1 +
    (personnes >= 2 ? m.deuxiemePersonne : 0) +
    enfantsAuTauxIntermediaire * m.troisiemePersonne +
    Math.max(0, nbEnfants - 2) * m.personneSupplementaire
  );
}

/** Per foyer, the base amount times its coefficient (the montant forfaitaire, CASF art. R262-1 ; CSS art. D843-1). */
export function montantSelonFoyer(
  base: number,
  nbParents: ArrayLike<number>,
  nbEnfants: ArrayLike<number>,
  m: MajorationsFoyer,
): Float64Array {
  const out = new Float64Array(nbParents.length);
  for (let i = 0; i < out.length; i++) out[i] = base * coefficientFoyer(nbParents[i]!, nbEnfants[i]!, m);
  return out;
}

/** The multiple of the base amount for a foyer of n persons, at most three (forfait logement). */
export function coefficientForfaitLogement(nbPersonnes: number, m: MajorationsFoyer): number {
  const n = Math.min(3, nbPersonnes);
  return coefficientFoyer(Math.min(n, 2), Math.max(0, n - 2), m);
}

/** The RSA majorations read from `rsa.rsa_maj.maj_montant_max`. */
export function majorationsRsa(rsa: MinimaSociaux["rsa"]): MajorationsFoyer {
  const m = rsa.rsa_maj.maj_montant_max;
  return {
    deuxiemePersonne: m.couples_celibataire_avec_enfant,
    troisiemePersonne: m.couple_1_enfant_ou_2e_enfant,
    personneSupplementaire: m.par_enfant_supplementaire,
  };
}

/** The prime d'activité majorations read from `ppa.pa_m.majoration_montant_maximal`. */
export function majorationsPpa(ppa: MinimaSociaux["ppa"]): MajorationsFoyer {
  const m = ppa.pa_m.majoration_montant_maximal;
  return {
    deuxiemePersonne: m.couples_seul_avec_enfant,
    troisiemePersonne: m.couple_1_enfant_2e_enfant,
    personneSupplementaire: m.par_enfant_supplementaire,
  };
}
