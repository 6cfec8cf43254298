import { add, minimum, mul, where, type Period, type Population } from "@zero/engine";
// Roundings of the income tax, vectorised (numpy's `around` as OpenFisca-France uses it, and
// the legal rounding to the nearest euro of CGI art. 1657).

/** Rounds to the nearest integer, halves to the even one (numpy's `around` and `round_`). */
export function arrondi(v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < out.length; i++) {
    const x = v[i]!;
    const r = Math.round(x);
    // Math.round sends halves up: a half goes to the even neighbour instead.
    out[i] = r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  }
  return out;
}

/** Rounds to the nearest euro, halves up (CGI art. 1657, 1 bis). */
export function arrondiFiscal(v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(v[i]! + 0.5);
  return out;
}

/** The sum of variables of the foyer fiscal, each rounded first (as the réductions and crédits d'impôt are added). */
export function sommeArrondie(foyer: Population, period: Period, names: readonly string[]): Float64Array {
  const out = new Float64Array(foyer.count);
  for (const name of names) {
    const v = arrondi(foyer(name, period));
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + v[i]!;
  }
  return out;
}

/** The sum of variables of the foyer fiscal (boxes of the declaration, mostly). */
export function somme(foyer: Population, period: Period, names: readonly string[]): Float64Array {
  const out = new Float64Array(foyer.count);
  for (const name of names) {
    const v = foyer(name, period);
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + v[i]!;
  }
  return out;
}

/** The receipts of a micro-enterprise after its flat allowance: a rate of them within the ceiling, at least the minimum, at most the receipts. */
export function apresAbattementMicro(
  recettes: ArrayLike<number>,
  regime: { readonly taux: number; readonly plafond: number },
  minimum: number,
): Float64Array {
  const out = new Float64Array(recettes.length);
  for (let i = 0; i < out.length; i++) {
    const r = recettes[i]!;
    const abattement = Math.min(r, Math.max(regime.taux * Math.min(regime.plafond, r), minimum));
    out[i] = Math.max(0, r - abattement);
  }
  return out;
}

/** The ceilings of the expenses for employment at home (CGI art. 199 sexdecies, 3): the parameters of the réduction or of the crédit. */
export interface PlafondsEmploiDomicile {
  readonly plafond: number;
  readonly plafond_1ere_annee: number;
  readonly plafond_invalides: number;
  readonly plafond_maximum: number;
  readonly plafond_maximum_1ere_annee: number;
  readonly increment_plafond: number;
}

/**
 * The yearly ceiling of the expenses for employment at home: raised per dependant and per person over 65
 * (boxes 7DL), within a maximum; higher the first year of direct employment (7DQ); that of the disabled (7DG).
 */
export function plafondEmploiDomicile(foyer: Population, period: Period, p: PlafondsEmploiDomicile): Float64Array {
  const majorations = add(foyer("nb_pac2", period), foyer("f7dl", period));
  const general = minimum(p.plafond_maximum, add(p.plafond, mul(p.increment_plafond, majorations)));
  const premiereAnnee = minimum(p.plafond_maximum_1ere_annee, add(p.plafond_1ere_annee, mul(p.increment_plafond, majorations)));
  return where(foyer("f7dg", period), p.plafond_invalides, where(foyer("f7dq", period), premiereAnnee, general));
}
