// The forfait logement, computed the same way for the RSA (CASF R262-9, R262-10) and the
// prime d'activité (CSS R844-3), each with its own amounts and rates.
import type { Period, Population } from "@zero/engine";
import { coefficientForfaitLogement, type MajorationsFoyer } from "./bareme-foyer.ts";

/**
 * Per famille: a share (by foyer size: 1, 2, 3+ persons) of the montant forfaitaire when
 * the demandeur is housed without charge, or, within the aide au logement received, when
 * the famille receives one.
 */
export function forfaitLogement(
  famille: Population,
  period: Period,
  base: number,
  tauxParTaille: readonly [number, number, number],
  majorations: MajorationsFoyer,
): Float64Array {
  const parents = famille("nb_parents", period);
  const enfants = famille("rsa_nb_enfants", period);
  const aideLogement = famille("aide_logement", period);
  const sansCharge = famille.valueFromPerson(famille.members("logement_sans_charge_individu", period), "demandeur");
  const out = new Float64Array(famille.count);
  for (let i = 0; i < out.length; i++) {
    const n = Math.min(3, parents[i]! + enfants[i]!);
    const taux = n === 1 ? tauxParTaille[0] : n === 2 ? tauxParTaille[1] : tauxParTaille[2];
    const forfait = base * coefficientForfaitLogement(n, majorations) * taux;
    if (sansCharge[i]) out[i] = forfait;
    else if (aideLogement[i]! > 0) out[i] = Math.min(forfait, aideLogement[i]!);
  }
  return out;
}
