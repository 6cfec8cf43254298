import type { Period, Population } from "@zero/engine";
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
