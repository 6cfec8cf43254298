// Social contributions on replacement income (pensions, unemployment benefits): the
// rates that apply for each CSG regime, read once per formula (no legislation elsewhere).
import { defineEnum, type Period, type Population } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";

/** The node `prelevements_sociaux.contributions_sociales` at an instant. */
type ContributionsSociales = FrenchParameters["prelevements_sociaux"]["contributions_sociales"];

/** The CSG regimes of replacement income (items named as OpenFisca's). */
export const TypesTauxCSGRemplacement = defineEnum("TypesTauxCSGRemplacement", {
  non_renseigne: "Non renseigné",
  exonere: "Exonéré",
  taux_reduit: "Taux réduit",
  taux_plein: "Taux normal",
  taux_intermediaire: "Taux médian",
});
const Taux = TypesTauxCSGRemplacement;
export const NON_RENSEIGNE = Taux.index("non_renseigne");
const EXONERE = Taux.index("exonere");
const REDUIT = Taux.index("taux_reduit");
const MEDIAN = Taux.index("taux_intermediaire");
const PLEIN = Taux.index("taux_plein");

/** A threshold for a number of parts: first part, plus one increment per further half part. */
function seuil(premierePart: number, demiPart: number, parts: number): number {
  return premierePart + Math.max(0, parts - 1) * 2 * demiPart;
}

/**
 * The regime of a foyer for a year, from its revenu fiscal de référence and parts of
 * N-2 and N-3 (CSS art. L136-8, III): exempt up to the first threshold, reduced rate up
 * to the second, then (since 2019) median rate up to the third and full rate beyond.
 * Since 2019 the reduced rate still applies when the N-3 income did not exceed the
 * reduced-rate threshold (a rise needs two years in a row). `s` is the node
 * `csg_remplacement.seuils` of the year; before 2015 (not modelled), « non renseigné ».
 */
export function regimeCsg(
  s: ContributionsSociales["csg_remplacement"]["seuils"],
  rfr2: number,
  parts2: number,
  rfr3: number,
  parts3: number,
): number {
  if (s.exoneration_premiere_part === undefined) return NON_RENSEIGNE;
  if (rfr2 <= seuil(s.exoneration_premiere_part, s.exoneration_demi_part, parts2)) return EXONERE;
  if (rfr2 <= seuil(s.taux_reduit_premiere_part, s.taux_reduit_demi_part, parts2)) return REDUIT;
  if (s.taux_median_premiere_part === undefined) return PLEIN;
  if (rfr3 <= seuil(s.taux_reduit_premiere_part, s.taux_reduit_demi_part, parts3)) return REDUIT;
  return rfr2 <= seuil(s.taux_median_premiere_part, s.taux_median_demi_part, parts2) ? MEDIAN : PLEIN;
}

/** Rates per regime index, for the node `prelevements_sociaux.contributions_sociales` (non_renseigne, exonere, taux_reduit, taux_plein, taux_intermediaire). */
export interface TauxParRegime {
  /** CSG deductible from income tax. */
  readonly deductible: Float64Array;
  /** CSG that remains taxable, CRDS and CASA (not deductible). */
  readonly autres: Float64Array;
}

function parRegime(): Float64Array {
  return new Float64Array(Taux.names.length);
}

/**
 * Contributions on pensions (CSS art. L136-8 II and III ; CASF art. L14-10-4 ; ordonnance
 * n° 96-50 art. 14): no CSG nor CRDS when exempt, CSG at the reduced rate plus CRDS, or CSG
 * at the median or full rate plus CRDS and CASA. An unknown regime counts nothing.
 */
export function tauxPensions(cs: ContributionsSociales): TauxParRegime {
  const r = cs.csg_remplacement;
  const crds: number = cs.crds;
  const casa: number = cs.casa ?? 0;
  const deductible = parRegime();
  const autres = parRegime();
  deductible[REDUIT] = r.taux_reduit;
  autres[REDUIT] = crds;
  deductible[PLEIN] = r.pensions.taux_plein_deductible;
  autres[PLEIN] = r.pensions.taux_non_deductible + crds + casa;
  deductible[MEDIAN] = r.pensions.taux_median_deductible ?? r.pensions.taux_plein_deductible;
  autres[MEDIAN] = r.pensions.taux_non_deductible + crds + casa;
  deductible[EXONERE] = 0;
  return { deductible, autres };
}

/**
 * Contributions on unemployment benefits (CSS art. L136-1-2 and L136-8): CSG and CRDS on
 * the benefit less an allowance for professional costs; no median rate (full rate).
 */
export function tauxChomage(cs: ContributionsSociales): TauxParRegime {
  const r = cs.csg_remplacement;
  const assiette = 1 - (r.chomage.abattement as number);
  const crds: number = cs.crds;
  const deductible = parRegime();
  const autres = parRegime();
  deductible[REDUIT] = r.taux_reduit * assiette;
  autres[REDUIT] = crds * assiette;
  deductible[PLEIN] = r.chomage.taux_plein_deductible * assiette;
  autres[PLEIN] = (r.chomage.taux_non_deductible + crds) * assiette;
  deductible[MEDIAN] = deductible[PLEIN]!;
  autres[MEDIAN] = autres[PLEIN]!;
  return { deductible, autres };
}

/**
 * The contributions on a replacement income of each person, for one month: `deductible`
 * and `total`. The contributions on unemployment benefits may not bring the month's
 * benefit below the gross monthly minimum wage (CSS art. L136-8, III ; `plancher`).
 */
export function contributionsRemplacement(
  individu: Population,
  period: Period,
  brut: ArrayLike<number>,
  taux: TauxParRegime,
  plancher: number,
): { deductible: Float64Array; total: Float64Array } {
  const n = individu.count;
  const deductible = new Float64Array(n);
  const total = new Float64Array(n);
  let any = false;
  for (let i = 0; i < n; i++)
    if (brut[i]! > 0) {
      any = true;
      break;
    }
  // Nothing to levy: do not read the regime (it needs the revenu fiscal of two years back).
  if (!any) return { deductible, total };
  const regime = individu("taux_csg_remplacement", period);
  for (let i = 0; i < n; i++) {
    const b = brut[i]!;
    if (b <= 0) continue;
    const d = b * taux.deductible[regime[i]!]!;
    const t = d + b * taux.autres[regime[i]!]!;
    const maxi = Math.max(0, b - plancher);
    const k = t > maxi ? maxi / t : 1;
    deductible[i] = d * k;
    total[i] = t * k;
  }
  return { deductible, total };
}
