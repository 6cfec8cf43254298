// Means-tested modulation of the allocations familiales since July 2015
// (CSS art. L521-1, D521-1 and D521-3): shared by the allowance and its forfait.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AfParameters = any;

/** The two annual ceilings for a family of `nbEnfants` children. */
export function plafondsModulation(af: AfParameters, nbEnfants: number): [number, number] {
  const c = af.af_cond_ress;
  const majoration = c.majoration_plafond_par_enfant_supplementaire * nbEnfants;
  return [c.plafond_tranche_1_base + majoration, c.plafond_tranche_2_base + majoration];
}

/** 1, 1/2 or 1/4 of the full amount, according to the resources. */
export function tauxModulation(af: AfParameters, ressources: number, nbEnfants: number): number {
  const [plafond1, plafond2] = plafondsModulation(af, nbEnfants);
  const taux = af.af_cm.modulation;
  return ressources <= plafond1 ? taux.taux_tranche_1 : ressources <= plafond2 ? taux.taux_tranche_2 : taux.taux_tranche_3;
}

/**
 * Monthly complément dégressif: just above a ceiling, the family keeps the loss of the
 * higher tranche minus its excess of resources, spread over 12 months.
 */
export function complementDegressif(af: AfParameters, montantPlein: number, ressources: number, nbEnfants: number): number {
  const taux = af.af_cm.modulation;
  const m = tauxModulation(af, ressources, nbEnfants);
  if (m >= taux.taux_tranche_1 || montantPlein <= 0) return 0;
  const [plafond1, plafond2] = plafondsModulation(af, nbEnfants);
  const franchi = m === taux.taux_tranche_2 ? plafond1 : plafond2;
  const precedent = m === taux.taux_tranche_2 ? taux.taux_tranche_1 : taux.taux_tranche_2;
  return Math.max(0, 12 * montantPlein * (precedent - m) - (ressources - franchi)) / 12;
}
