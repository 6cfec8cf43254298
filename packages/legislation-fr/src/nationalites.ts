// Country lists used by residence conditions (ISO 3166-1 alpha-2 codes).

/** Member states of the European Economic Area (EU + Iceland, Liechtenstein, Norway). */
export const EEE = new Set("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK".split(" "));

/** Switzerland is assimilated to the EEA for the RSA and the prime d'activité (accord du 21 juin 1999). */
export const ASSIMILES_EEE = new Set(["CH"]);

/**
 * A small number per person from their nationality code (upper-cased), worked out once
 * per run of identical codes: a batch mostly repeats the same one.
 */
export function parNationalite(codes: readonly string[], classer: (code: string) => number): Uint8Array {
  const out = new Uint8Array(codes.length);
  let last: string | undefined;
  let valeur = 0;
  for (let i = 0; i < out.length; i++) {
    const code = codes[i]!;
    if (i === 0 || code !== last) {
      last = code;
      valeur = classer((code ?? "").toUpperCase());
    }
    out[i] = valeur;
  }
  return out;
}
