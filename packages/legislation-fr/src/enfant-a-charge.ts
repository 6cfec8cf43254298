// The child of a famille who counts for the prestations familiales within an age window:
// from the end of compulsory schooling, only while earning at most a share of the
// monthly SMIC, and not financially independent (CSS art. L512-3 and R512-2).
import type { Period, Population } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";

/** 1 for a child of the famille aged `ageMin` to under `ageMax` who meets the conditions above. */
export function enfantACharge(individu: Population, period: Period, p: FrenchParameters, ageMin: number, ageMax: number): Uint8Array {
  const pac = p.prestations_sociales.prestations_familiales.def_pac;
  const ageFinScolarite: number = pac.enfants.age_intermediaire;
  const plafond: number = pac.revenu_plafond_pac_non_scolaire * p.marche_travail.salaire_minimum.smic.smic_b_mensuel;
  const enfant = individu("est_enfant_dans_famille", period);
  const age = individu("age", period);
  const salaire = individu("salaire_net", period);
  const autonome = individu("autonomie_financiere", period);
  const out = new Uint8Array(individu.count);
  for (let i = 0; i < out.length; i++) {
    const a = age[i]!;
    const remunere = a >= ageFinScolarite && salaire[i]! > plafond;
    out[i] = enfant[i] && a >= ageMin && a < ageMax && !remunere && !autonome[i] ? 1 : 0;
  }
  return out;
}
