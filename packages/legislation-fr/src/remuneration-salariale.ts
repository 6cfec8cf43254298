// The parts of an employee's pay for the net and taxable salary: the gross salary subject
// to contributions, and the prime de partage de la valeur within its exemption ceiling.
import { knownConstant, type Period, type Population } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";
import { TypesContratDeTravail } from "../variables/common/contrat_de_travail.ts";

export interface RemunerationSalariale {
  /** Gross pay subject to contributions: base salary, bonuses, PPV beyond its ceiling. */
  readonly brut: Float64Array;
  /** PPV within the ceiling: no contributions, but CSG and CRDS. */
  readonly ppvSoumiseCsg: Float64Array;
  /** PPV of the exceptional regime within the ceiling: no contributions, CSG, CRDS or tax. */
  readonly ppvExoneree: Float64Array;
}

/** Share within the yearly ceiling of the year's premiums (both kinds of a year count together). */
function exemptShare(a: ArrayLike<number>, b: ArrayLike<number>, plafonds: ArrayLike<number>): Float64Array {
  const share = new Float64Array(plafonds.length);
  for (let i = 0; i < share.length; i++) {
    const total = a[i]! + b[i]!;
    share[i] = total > plafonds[i]! ? plafonds[i]! / total : 1;
  }
  return share;
}

/**
 * Salary (`salaire_de_base`) plus bonuses (`primes_salaires`) are pay (CSS art. L242-1).
 * A prime de partage de la valeur (loi n° 2022-1158 du 16 août 2022, art. 1er, from July
 * 2022) is exempt from contributions up to 3,000 € a year (6,000 € with an accord
 * d'intéressement) and is pay beyond; under the exceptional regime
 * (`prime_partage_valeur_exceptionnelle`, employees under 3 SMIC: from July 2022 to
 * December 2023, then until December 2026 with an employer of fewer than 50 employees,
 * loi n° 2023-1107) the exempt part is free of CSG and CRDS too. The 3 SMIC condition is
 * the input's choice (the model does not check it). Undefined when nobody has any pay.
 */
export function remunerationSalariale(
  individu: Population,
  period: Period,
  parameters: (at: Period) => FrenchParameters,
): RemunerationSalariale | undefined {
  const base = individu("salaire_de_base", period);
  const primes = individu("primes_salaires", period);
  // The premiums are yearly (as in OpenFisca-France): a month counts its year's twelfth.
  const regularYear = individu("prime_partage_valeur", period.thisYear);
  const exceptionalYear = individu("prime_partage_valeur_exceptionnelle", period.thisYear);
  const sansPpv = knownConstant(regularYear) === 0 && knownConstant(exceptionalYear) === 0;
  // A month without any pay (the RFR chain reads salaries back to 2012): undefined.
  if (sansPpv && knownConstant(base) === 0 && knownConstant(primes) === 0) return undefined;
  const brut = new Float64Array(individu.count);
  const ppvSoumiseCsg = new Float64Array(individu.count);
  const ppvExoneree = new Float64Array(individu.count);
  for (let i = 0; i < brut.length; i++) brut[i] = base[i]! + primes[i]!;
  if (sansPpv) return { brut, ppvSoumiseCsg, ppvExoneree };

  const ppv = parameters(period).marche_travail.partage_valeur?.prime_partage_valeur;
  // Before July 2022 there is no such premium: a premium declared as one is pay.
  const plafond: number = ppv?.plafond_exoneration ?? 0;
  const plafondAccord: number = ppv?.plafond_exoneration_accord_interessement ?? 0;
  const accord = individu("accord_interessement", period);
  const plafonds = new Float64Array(individu.count);
  for (let i = 0; i < plafonds.length; i++) plafonds[i] = accord[i] ? plafondAccord : plafond;
  // The exceptional regime: from 2024, only with an employer of fewer than 50 employees;
  // outside it, an exceptional premium follows the ordinary regime.
  const exceptionnel = Boolean(ppv?.regime_exceptionnel);
  const effectifMax: number | undefined = ppv?.regime_exceptionnel_effectif_maximal;
  const effectif = exceptionnel && effectifMax !== undefined ? individu("effectif_entreprise", period) : undefined;
  const share = exemptShare(regularYear, exceptionalYear, plafonds);
  for (const [v, special] of [
    [regularYear, false],
    [exceptionalYear, true],
  ] as const) {
    if (knownConstant(v) === 0) continue;
    for (let i = 0; i < brut.length; i++) {
      const month = v[i]! / 12;
      const exempt = month * share[i]!;
      if (special && exceptionnel && (!effectif || effectif[i]! < effectifMax!)) ppvExoneree[i]! += exempt;
      else ppvSoumiseCsg[i]! += exempt;
      brut[i]! += month - exempt;
    }
  }
  return { brut, ppvSoumiseCsg, ppvExoneree };
}

const TEMPS_PARTIEL = TypesContratDeTravail.index("temps_partiel");

/**
 * The monthly plafond de la sécurité sociale that applies to each employee: reduced for a
 * part-time contract in proportion of the hours paid to the legal duration (CSS art.
 * R242-7 to R242-9); a full month worked keeps the whole ceiling, whatever its length.
 */
export function plafondApplicable(individu: Population, period: Period, pss: number, heuresTempsPlein: number): Float64Array {
  const out = new Float64Array(individu.count).fill(pss);
  const contrat = individu("contrat_de_travail", period);
  if (!contrat.some((c) => c === TEMPS_PARTIEL)) return out;
  const heures = individu("heures_remunerees_volume", period);
  for (let i = 0; i < out.length; i++) {
    if (contrat[i] === TEMPS_PARTIEL && heures[i]! > 0) out[i] = pss * Math.min(1, heures[i]! / heuresTempsPlein);
  }
  return out;
}
